package cn.gongzhi.registry.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingPlanRepository extends JpaRepository<TrainingPlan, Long> {

    Optional<TrainingPlan> findByWorkerIdAndPlanYear(Long workerId, int planYear);
}
