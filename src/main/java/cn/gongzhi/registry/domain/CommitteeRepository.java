package cn.gongzhi.registry.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeRepository extends JpaRepository<Committee, Long> {

    Optional<Committee> findByCode(String code);

    List<Committee> findByCommunityIdOrderById(Long communityId);

    List<Committee> findByStreetIdOrderById(Long streetId);

    List<Committee> findByCommunityIdIn(List<Long> communityIds);
}
