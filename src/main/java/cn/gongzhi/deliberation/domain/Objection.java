package cn.gongzhi.deliberation.domain;

import cn.gongzhi.deliberation.ObjectionStatus;
import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** A resident's objection to a notice, filed during its window. Anonymous: no personal data is asked for. */
@Entity
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long disclosureId;
    @Convert(converter = MaskedText.class)
    private String content;
    @Enumerated(EnumType.STRING)
    private ObjectionStatus status;
    private LocalDateTime filedAt;

    protected Objection() {}

    public Objection(Long disclosureId, String content, LocalDateTime filedAt) {
        this.disclosureId = disclosureId;
        this.content = content;
        this.filedAt = filedAt;
        this.status = ObjectionStatus.FILED;
    }

    public void rule(ObjectionStatus status) {
        this.status = status;
    }

    /**
     * O-2026-000001: the acknowledgement a resident gets back, by year and id. Nothing is read by it: objections are
     * shown only with their notice, masked and without a number.
     */
    public String number() {
        return String.format("O-%d-%06d", filedAt.getYear(), id);
    }

    public Long getId() { return id; }
    public Long getDisclosureId() { return disclosureId; }
    public String getContent() { return content; }
    public ObjectionStatus getStatus() { return status; }
    public LocalDateTime getFiledAt() { return filedAt; }
}
