package cn.gongzhi.workforce.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanChoiceRepository extends JpaRepository<PlanChoice, Long> {

    List<PlanChoice> findByRoundIdOrderById(Long roundId);

    void deleteByRoundId(Long roundId);
}
