package cn.gongzhi.members.domain;

import cn.gongzhi.members.ClaimStatus;
import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A member's claim of a service item, and the service she records for it (hours, what she did) and its settling. */
@Entity
@Table(name = "service_claim")
public class ServiceClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long itemId;
    private Long memberId;
    private String memberLogin;
    private LocalDateTime claimedAt;
    @Enumerated(EnumType.STRING)
    private ClaimStatus status;
    private BigDecimal hours;
    @Convert(converter = MaskedText.class)
    private String workDone;
    private LocalDateTime recordedAt;
    private String confirmedBy;
    private LocalDateTime confirmedAt;
    @Convert(converter = MaskedText.class)
    private String sendBackReason;
    private LocalDateTime sentBackAt;

    protected ServiceClaim() {}

    ServiceClaim(long itemId, long memberId, String memberLogin, LocalDateTime at) {
        this.itemId = itemId;
        this.memberId = memberId;
        this.memberLogin = memberLogin;
        this.claimedAt = at;
        this.status = ClaimStatus.CLAIMED;
    }

    void served(BigDecimal hours, String workDone, LocalDateTime at) {
        this.hours = hours;
        this.workDone = workDone;
        this.recordedAt = at;
        this.status = ClaimStatus.SERVED;
    }

    void confirmed(String by, LocalDateTime at) {
        this.confirmedBy = by;
        this.confirmedAt = at;
        this.status = ClaimStatus.CONFIRMED;
    }

    void returned(String reason, LocalDateTime at) {
        this.sendBackReason = reason;
        this.sentBackAt = at;
        this.status = ClaimStatus.RETURNED;
    }

    void noShow(String by, LocalDateTime at) {
        this.confirmedBy = by;
        this.confirmedAt = at;
        this.status = ClaimStatus.NO_SHOW;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public Long getMemberId() { return memberId; }
    public String getMemberLogin() { return memberLogin; }
    public LocalDateTime getClaimedAt() { return claimedAt; }
    public ClaimStatus getStatus() { return status; }
    public BigDecimal getHours() { return hours; }
    public String getWorkDone() { return workDone; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public LocalDateTime getConfirmedAt() { return confirmedAt; }
    public String getSendBackReason() { return sendBackReason; }
    public LocalDateTime getSentBackAt() { return sentBackAt; }
}
