package cn.gongzhi.workforce.domain;

import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The head's reason why a worker's planned hours fall short of the hours required. */
@Entity
@Table(name = "training_plan_shortfall")
public class PlanShortfall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long roundId;
    private Long workerId;
    @Convert(converter = MaskedText.class)
    private String reason;

    protected PlanShortfall() {
    }

    PlanShortfall(Long roundId, Long workerId, String reason) {
        this.roundId = roundId;
        this.workerId = workerId;
        this.reason = reason;
    }

    public Long getWorkerId() { return workerId; }
    public String getReason() { return reason; }
}
