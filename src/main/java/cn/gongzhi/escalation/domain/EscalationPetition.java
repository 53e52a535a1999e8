package cn.gongzhi.escalation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A petition an escalation answers. */
@Entity
@EntityListeners(EscalationFacts.class)
public class EscalationPetition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long escalationId;
    private String petitionNumber;
    private boolean resumed;

    protected EscalationPetition() {}

    public EscalationPetition(Long escalationId, String petitionNumber) {
        this.escalationId = escalationId;
        this.petitionNumber = petitionNumber;
    }

    public Long getId() { return id; }
    public Long getEscalationId() { return escalationId; }
    public String getPetitionNumber() { return petitionNumber; }
    public boolean isResumed() { return resumed; }
    public void markResumed() { this.resumed = true; }
}
