package cn.gongzhi.workforce.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRoundRepository extends JpaRepository<PlanRound, Long> {

    Optional<PlanRound> findByCommunityIdAndPlanYear(Long communityId, int planYear);
}
