package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionChanged;
import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A resident's petition. The petitioner's name, phone and ID number live here and nowhere else: never in process
 * variables, history or logs, and masked in every response. Times are in the application's zone (Asia/Shanghai).
 */
@Entity
@EntityListeners(PetitionChanges.class)
public class Petition {

    /** Decimals of the latitude and longitude columns. */
    public static final int COORDINATE_SCALE = 6;
    /** Length of the {@code media_url} column (V13). */
    public static final int MEDIA_URL_MAX = 1000;

    /**
     * The community of a petition entered in Tasklist by someone who serves several communities, or any (the hotline):
     * not known until her first step chooses it ({@link #locate}). The column stays non-null.
     */
    static final String COMMUNITY_PENDING = "";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private String categoryCode;
    private String communityCode;
    private String gridCode;
    @Convert(converter = MaskedText.class)
    private String location;
    private BigDecimal latitude;
    private BigDecimal longitude;
    /** The address of a photo of the matter, as sent (Open311's {@code media_url}); null when none. */
    private String mediaUrl;
    @Convert(converter = MaskedText.class)
    private String description;
    @Enumerated(EnumType.STRING)
    private PetitionChannel channel;
    private String petitionerName;
    private String petitionerPhone;
    private String petitionerIdNumber;
    @Enumerated(EnumType.STRING)
    private PetitionStatus status;
    private String handlingLevel;
    private String urgency;
    private LocalDateTime firstContactDue;
    private LocalDateTime resolutionDue;
    /** The dispatch decision's limits (ISO-8601), from which the due dates and the reminders are counted (V15). */
    private String firstContactLimit;
    private String resolutionLimit;
    private String firstReceivingUnit;
    private String handlingUnit;
    private String assignedWorker;
    private String returnDepartment;
    private String processInstanceId;
    private LocalDateTime receivedAt;
    private LocalDateTime firstContactedAt;
    private LocalDateTime handledAt;
    private LocalDateTime closedAt;
    private LocalDateTime updatedAt;
    /** Counts the writes of the petition (V14), so the readers of {@link PetitionChanged} keep the latest one. */
    private int revision;
    /** The snapshot last published or read ({@link PetitionChanges}); not a column. */
    @Transient
    private PetitionChanged announced;
    private Boolean resolved;
    private Integer satisfaction;
    private int reopenCount;
    private int escalationCount;
    @Convert(converter = MaskedText.class)
    private String latestStep;
    private String idempotencyKey;
    private String idempotencyFingerprint;

    protected Petition() {}

    public Petition(String categoryCode, String communityCode, String gridCode, String location, String description,
            PetitionChannel channel, String firstReceivingUnit, LocalDateTime receivedAt) {
        this.categoryCode = categoryCode;
        this.communityCode = communityCode;
        this.gridCode = gridCode;
        this.location = location;
        this.description = description;
        this.channel = channel;
        this.firstReceivingUnit = firstReceivingUnit;
        this.receivedAt = receivedAt;
        this.updatedAt = receivedAt;
        this.status = PetitionStatus.RECEIVED;
    }

    /** The readable number, e.g. P-2026-000123: year of receipt and the record's id. */
    public void assignNumber() {
        this.number = String.format("P-%d-%06d", receivedAt.getYear(), id);
    }

    /** Whether the community is still to be chosen (see {@link #COMMUNITY_PENDING}). */
    public boolean communityPending() {
        return communityCode == null || communityCode.equals(COMMUNITY_PENDING);
    }

    /** Places a petition whose community was pending in the community (and grid) its recorder chose. */
    public void locate(String communityCode, String gridCode) {
        if (!communityPending()) {
            throw new IllegalStateException("Petition " + number + " is already in community " + this.communityCode);
        }
        this.communityCode = communityCode;
        this.gridCode = gridCode;
    }

    public void petitioner(String name, String phone, String idNumber) {
        this.petitionerName = name;
        this.petitionerPhone = phone;
        this.petitionerIdNumber = idNumber;
    }

    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void countRevision() {
        this.revision++;
    }

    /** Moved only by {@link PetitionTimeline#record}: a status changes with the step that changed it. */
    void moveTo(PetitionStatus status, String step, LocalDateTime at) {
        this.status = status;
        this.latestStep = step;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getCategoryCode() { return categoryCode; }
    public String getCommunityCode() { return communityCode; }
    public String getGridCode() { return gridCode; }
    public String getLocation() { return location; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public void setCoordinates(BigDecimal latitude, BigDecimal longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }
    public String getMediaUrl() { return mediaUrl; }
    public void setMediaUrl(String mediaUrl) { this.mediaUrl = mediaUrl; }
    public String getDescription() { return description; }
    public PetitionChannel getChannel() { return channel; }
    public String getPetitionerName() { return petitionerName; }
    public String getPetitionerPhone() { return petitionerPhone; }
    public String getPetitionerIdNumber() { return petitionerIdNumber; }
    public PetitionStatus getStatus() { return status; }
    public String getHandlingLevel() { return handlingLevel; }
    public void setHandlingLevel(String handlingLevel) { this.handlingLevel = handlingLevel; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public LocalDateTime getFirstContactDue() { return firstContactDue; }
    public void setFirstContactDue(LocalDateTime due) { this.firstContactDue = due; }
    public LocalDateTime getResolutionDue() { return resolutionDue; }
    public void setResolutionDue(LocalDateTime due) { this.resolutionDue = due; }
    public String getFirstContactLimit() { return firstContactLimit; }
    public String getResolutionLimit() { return resolutionLimit; }
    /** The dispatch decision's limits, in ISO-8601 (PT24H, P7D). */
    public void limits(String firstContact, String resolution) {
        this.firstContactLimit = firstContact;
        this.resolutionLimit = resolution;
    }
    public String getFirstReceivingUnit() { return firstReceivingUnit; }
    public String getHandlingUnit() { return handlingUnit; }
    public void setHandlingUnit(String handlingUnit) { this.handlingUnit = handlingUnit; }
    public String getAssignedWorker() { return assignedWorker; }
    public void setAssignedWorker(String assignedWorker) { this.assignedWorker = assignedWorker; }
    public String getReturnDepartment() { return returnDepartment; }
    public void setReturnDepartment(String returnDepartment) { this.returnDepartment = returnDepartment; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public LocalDateTime getFirstContactedAt() { return firstContactedAt; }
    public void setFirstContactedAt(LocalDateTime at) { this.firstContactedAt = at; }
    public LocalDateTime getHandledAt() { return handledAt; }
    public void setHandledAt(LocalDateTime at) { this.handledAt = at; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public void setClosedAt(LocalDateTime at) { this.closedAt = at; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public int getRevision() { return revision; }
    PetitionChanged announced() { return announced; }
    void announced(PetitionChanged snapshot) { this.announced = snapshot; }
    public Boolean getResolved() { return resolved; }
    public void setResolved(Boolean resolved) { this.resolved = resolved; }
    public Integer getSatisfaction() { return satisfaction; }
    public void setSatisfaction(Integer satisfaction) { this.satisfaction = satisfaction; }
    public int getReopenCount() { return reopenCount; }
    public void countReopen() { this.reopenCount++; }
    public int getEscalationCount() { return escalationCount; }
    public void countEscalation() { this.escalationCount++; }
    public String getLatestStep() { return latestStep; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getIdempotencyFingerprint() { return idempotencyFingerprint; }

    /** The caller's retry key and the fingerprint of what was submitted under it (both null without a key). */
    public void idempotency(String key, String fingerprint) {
        this.idempotencyKey = key;
        this.idempotencyFingerprint = fingerprint;
    }
}
