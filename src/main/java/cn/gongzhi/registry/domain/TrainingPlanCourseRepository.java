package cn.gongzhi.registry.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingPlanCourseRepository extends JpaRepository<TrainingPlanCourse, Long> {

    List<TrainingPlanCourse> findByPlanIdOrderById(Long planId);

    List<TrainingPlanCourse> findByCourseId(Long courseId);

    void deleteByPlanId(Long planId);
}
