package cn.gongzhi.registry.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommunityWorkerRepository extends JpaRepository<CommunityWorker, Long> {

    Optional<CommunityWorker> findByUsername(String username);

    List<CommunityWorker> findByCommunityIdOrderById(Long communityId);

    List<CommunityWorker> findByCommunityIdIn(List<Long> communityIds);
}
