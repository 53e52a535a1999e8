package cn.gongzhi.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A course planned in a worker's yearly training plan. */
@Entity
public class TrainingPlanCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private Long courseId;

    protected TrainingPlanCourse() {
    }

    public TrainingPlanCourse(Long planId, Long courseId) {
        this.planId = planId;
        this.courseId = courseId;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public Long getCourseId() { return courseId; }
}
