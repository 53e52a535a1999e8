package cn.gongzhi.registry.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingCourseRepository extends JpaRepository<TrainingCourse, Long> {
}
