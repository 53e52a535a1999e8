package cn.gongzhi.workforce.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A course the head proposes for a worker in a planning round. */
@Entity
@Table(name = "training_plan_choice")
public class PlanChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long roundId;
    private Long workerId;
    private Long courseId;

    protected PlanChoice() {
    }

    PlanChoice(Long roundId, Long workerId, Long courseId) {
        this.roundId = roundId;
        this.workerId = workerId;
        this.courseId = courseId;
    }

    public Long getWorkerId() { return workerId; }
    public Long getCourseId() { return courseId; }
}
