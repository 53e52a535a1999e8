package cn.gongzhi.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A worker's training plan for one year: the hours required and (in {@link TrainingPlanCourse}) the courses. */
@Entity
public class TrainingPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workerId;
    private int planYear;
    private int hoursRequired;

    protected TrainingPlan() {
    }

    public TrainingPlan(Long workerId, int planYear, int hoursRequired) {
        this.workerId = workerId;
        this.planYear = planYear;
        this.hoursRequired = hoursRequired;
    }

    public Long getId() { return id; }
    public Long getWorkerId() { return workerId; }
    public int getPlanYear() { return planYear; }
    public int getHoursRequired() { return hoursRequired; }
    public void setHoursRequired(int hoursRequired) { this.hoursRequired = hoursRequired; }
}
