package cn.gongzhi.members.domain;

import cn.gongzhi.members.ServiceItemStatus;
import cn.gongzhi.members.ServiceKind;
import cn.gongzhi.members.ServiceSource;
import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A community service item (社区服务): what, for which community, how many places, when, and the claim deadline. A
 * micro-wish's resident is kept here only: her name masked, her phone whole (masked in every answer). An item a
 * procedure offered keeps its source and, when it is offered to one member only, hers.
 */
@Entity
@Table(name = "service_item")
public class ServiceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ServiceKind kind;
    private String communityCode;
    @Convert(converter = MaskedText.class)
    private String title;
    @Convert(converter = MaskedText.class)
    private String description;
    private int places;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private LocalDateTime claimDeadline;
    @Enumerated(EnumType.STRING)
    private ServiceItemStatus status;
    private String publishedBy;
    private LocalDateTime publishedAt;
    private String residentName;
    private String residentPhone;
    private Boolean residentMet;
    @Convert(converter = MaskedText.class)
    private String residentNote;
    private String residentRecordedBy;
    private LocalDateTime residentRecordedAt;
    private LocalDateTime remindedAt;
    private LocalDateTime closedAt;
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    private ServiceSource sourceKind;
    private String sourceRef;
    private Long offeredMemberId;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected ServiceItem() {}

    ServiceItem(ServiceKind kind, String communityCode, String title, String description, int places,
            LocalDateTime startsAt, LocalDateTime endsAt, LocalDateTime claimDeadline) {
        this.kind = kind;
        this.communityCode = communityCode;
        this.title = title;
        this.description = description;
        this.places = places;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.claimDeadline = claimDeadline;
        this.status = ServiceItemStatus.PUBLISHED;
    }

    void published(String by, LocalDateTime at, String processInstanceId) {
        this.publishedBy = by;
        this.publishedAt = at;
        this.processInstanceId = processInstanceId;
    }

    /** The process started for an offered item: it belongs to that instance from now on. */
    void boundTo(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** A procedure offers it ({@code memberId}: to her alone; null: to the community's active members). */
    void offeredBy(ServiceSource source, String ref, Long memberId) {
        this.sourceKind = source;
        this.sourceRef = ref;
        this.offeredMemberId = memberId;
    }

    void resident(String maskedName, String phone) {
        this.residentName = maskedName;
        this.residentPhone = phone;
    }

    void moveTo(ServiceItemStatus status) {
        this.status = status;
    }

    void reminded(LocalDateTime at) {
        this.remindedAt = at;
    }

    void residentAnswered(boolean met, String note, String by, LocalDateTime at) {
        this.residentMet = met;
        this.residentNote = note;
        this.residentRecordedBy = by;
        this.residentRecordedAt = at;
    }

    void closed(LocalDateTime at) {
        this.closedAt = at;
    }

    public Long getId() { return id; }
    public ServiceKind getKind() { return kind; }
    public String getCommunityCode() { return communityCode; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public int getPlaces() { return places; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public LocalDateTime getClaimDeadline() { return claimDeadline; }
    public ServiceItemStatus getStatus() { return status; }
    public String getPublishedBy() { return publishedBy; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public String getResidentName() { return residentName; }
    public String getResidentPhone() { return residentPhone; }
    public Boolean getResidentMet() { return residentMet; }
    public String getResidentNote() { return residentNote; }
    public LocalDateTime getResidentRecordedAt() { return residentRecordedAt; }
    public LocalDateTime getRemindedAt() { return remindedAt; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public ServiceSource getSourceKind() { return sourceKind; }
    public String getSourceRef() { return sourceRef; }
    public Long getOfferedMemberId() { return offeredMemberId; }
}
