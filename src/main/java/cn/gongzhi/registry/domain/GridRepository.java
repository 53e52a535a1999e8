package cn.gongzhi.registry.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GridRepository extends JpaRepository<Grid, Long> {

    Optional<Grid> findByCode(String code);

    List<Grid> findByCommunityIdOrderById(Long communityId);

    List<Grid> findByCommunityIdIn(List<Long> communityIds);

    List<Grid> findByGridWorkerId(Long gridWorkerId);
}
