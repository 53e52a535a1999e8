package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionEventType;
import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** One step of a petition's timeline. */
@Entity
public class PetitionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long petitionId;
    @Enumerated(EnumType.STRING)
    private PetitionEventType type;
    private String actor;
    private LocalDateTime occurredAt;
    @Convert(converter = MaskedText.class)
    private String note;
    /**
     * The step as the resident's page tells it (plain Chinese, no staff names, free text shortened and masked);
     * null for steps the public timeline leaves out (reminders, the access-list check).
     */
    @Convert(converter = MaskedText.class)
    private String publicNote;

    protected PetitionEvent() {}

    public PetitionEvent(Long petitionId, PetitionEventType type, String actor, LocalDateTime occurredAt, String note) {
        this(petitionId, type, actor, occurredAt, note, null);
    }

    public PetitionEvent(Long petitionId, PetitionEventType type, String actor, LocalDateTime occurredAt, String note,
            String publicNote) {
        this.petitionId = petitionId;
        this.type = type;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.note = note;
        this.publicNote = publicNote;
    }

    public Long getId() { return id; }
    public Long getPetitionId() { return petitionId; }
    public PetitionEventType getType() { return type; }
    public String getActor() { return actor; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getNote() { return note; }
    public String getPublicNote() { return publicNote; }
}
