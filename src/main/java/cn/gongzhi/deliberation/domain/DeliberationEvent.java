package cn.gongzhi.deliberation.domain;

import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** One step of a deliberation besides its meetings and notices: who proposed, reviewed, revised, implemented. */
@Entity
public class DeliberationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long deliberationId;
    private String type;
    private String actor;
    private LocalDateTime occurredAt;
    @Convert(converter = MaskedText.class)
    private String note;

    protected DeliberationEvent() {}

    public DeliberationEvent(Long deliberationId, String type, String actor, LocalDateTime occurredAt, String note) {
        this.deliberationId = deliberationId;
        this.type = type;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getDeliberationId() { return deliberationId; }
    public String getType() { return type; }
    public String getActor() { return actor; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getNote() { return note; }
}
