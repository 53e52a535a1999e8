package cn.gongzhi.workforce.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanShortfallRepository extends JpaRepository<PlanShortfall, Long> {

    List<PlanShortfall> findByRoundIdOrderById(Long roundId);

    void deleteByRoundId(Long roundId);
}
