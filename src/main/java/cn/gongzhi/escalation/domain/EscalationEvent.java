package cn.gongzhi.escalation.domain;

import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** One step of an escalation: who did what, when. */
@Entity
public class EscalationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long escalationId;
    private String type;
    private String actor;
    private LocalDateTime occurredAt;
    @Convert(converter = MaskedText.class)
    private String note;

    protected EscalationEvent() {}

    public EscalationEvent(Long escalationId, String type, String actor, LocalDateTime occurredAt, String note) {
        this.escalationId = escalationId;
        this.type = type;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getEscalationId() { return escalationId; }
    public String getType() { return type; }
    public String getActor() { return actor; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getNote() { return note; }
}
