package cn.gongzhi.deliberation.domain;

import cn.gongzhi.deliberation.DeliberationKind;
import cn.gongzhi.deliberation.DeliberationStatus;
import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** A matter on its way from proposal to decision, implementation and disclosure. */
@Entity
public class Deliberation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Enumerated(EnumType.STRING)
    private DeliberationKind kind;
    private String communityCode;
    @Convert(converter = MaskedText.class)
    private String title;
    @Convert(converter = MaskedText.class)
    private String plan;
    private String origin;
    private String resolutionBody;
    @Enumerated(EnumType.STRING)
    private DeliberationStatus status;
    private int revisionCount;
    @Convert(converter = MaskedText.class)
    private String latestReasons;
    private String proposedBy;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private String processInstanceId;

    protected Deliberation() {}

    public Deliberation(DeliberationKind kind, String communityCode, String title, String plan, String origin,
            String resolutionBody, String proposedBy, LocalDateTime at) {
        this.kind = kind;
        this.communityCode = communityCode;
        this.title = title;
        this.plan = plan;
        this.origin = origin;
        this.resolutionBody = resolutionBody;
        this.proposedBy = proposedBy;
        this.status = DeliberationStatus.IN_DELIBERATION;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** D-2026-000007 for a deliberation, by year and id. */
    public void assignNumber() {
        this.number = String.format("D-%d-%06d", createdAt.getYear(), id);
    }

    public void moveTo(DeliberationStatus status, LocalDateTime at) {
        this.status = status;
        this.updatedAt = at;
    }

    public void revise(String plan) {
        this.plan = plan;
    }

    public void rejected(String reasons) {
        this.revisionCount++;
        this.latestReasons = reasons;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public DeliberationKind getKind() { return kind; }
    public String getCommunityCode() { return communityCode; }
    public String getTitle() { return title; }
    public String getPlan() { return plan; }
    public String getOrigin() { return origin; }
    public String getResolutionBody() { return resolutionBody; }
    public DeliberationStatus getStatus() { return status; }
    public int getRevisionCount() { return revisionCount; }
    public String getLatestReasons() { return latestReasons; }
    public String getProposedBy() { return proposedBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public String getProcessInstanceId() { return processInstanceId; }

    /**
     * Binds the deliberation to its process instance. A deliberation registered before bindings existed is bound
     * by the first step of the instance whose business key is its number.
     */
    public void bindTo(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }
}
