package cn.gongzhi.registry.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingPlanCourseRepository extends JpaRepository<TrainingPlanCourse, Long> {

    List<TrainingPlanCourse> findByPlanIdOrderById(Long planId);
}
