package cn.gongzhi.members.domain;

import cn.gongzhi.members.ClaimStatus;
import cn.gongzhi.members.ServiceItemStatus;
import cn.gongzhi.members.ServiceKind;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service members record and the branch settles, every rule checked against the records before anything is
 * written:
 * <ol>
 *   <li>a member records only her own claim (403 otherwise), while it is claimed or returned;</li>
 *   <li>hours are whole or half hours, more than 0 and at most {@code max-hours};</li>
 *   <li>the branch confirms or returns (with a reason) only a recorded service;</li>
 *   <li>a claim not recorded is recorded as a no-show, not a recorded one;</li>
 *   <li>only a micro-wish gets the resident's answer, once; the item then closes MET or NOT_MET, any other kind
 *       DONE.</li>
 * </ol>
 * Confirmed hours count as the member's service ({@link cn.gongzhi.members.ServiceFigures}).
 */
@Service
@Transactional(readOnly = true)
public class ServiceRecords {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final ServiceItemRepository items;
    private final ServiceClaimRepository claims;
    private final CommunityServiceProperties properties;
    private final Clock clock;

    ServiceRecords(ServiceItemRepository items, ServiceClaimRepository claims, CommunityServiceProperties properties,
            Clock clock) {
        this.items = items;
        this.claims = claims;
        this.properties = properties;
        this.clock = clock;
    }

    /** Rules 1 and 2. */
    @Transactional
    public void record(long claimId, String username, BigDecimal hours, String workDone) {
        ServiceClaim claim = claim(claimId);
        if (username == null || !username.equals(claim.getMemberLogin())) {
            throw new StepRefused("党员只能登记本人的服务；" + username + " 不是认领人");
        }
        if (claim.getStatus() != ClaimStatus.CLAIMED && claim.getStatus() != ClaimStatus.RETURNED) {
            throw new InvalidFieldException("hours", "这项服务已登记");
        }
        requireHours(hours);
        claim.served(hours, workDone, LocalDateTime.now(clock));
    }

    /** Rule 2, on its own: the form's hours, or a 400 naming the field. */
    public void requireHours(BigDecimal hours) {
        if (hours == null || hours.signum() <= 0 || hours.compareTo(properties.maxHours()) > 0
                || hours.remainder(HALF).signum() != 0) {
            throw new InvalidFieldException("hours", "服务时长须为 0.5 到 "
                    + properties.maxHours().stripTrailingZeros().toPlainString() + " 小时，以半小时计");
        }
    }

    /** Rule 3: confirmed, her hours count. */
    @Transactional
    public void confirm(long claimId, String actor) {
        ServiceClaim claim = recorded(claimId);
        claim.confirmed(actor, LocalDateTime.now(clock));
    }

    /** Rule 3: returned with the branch's reason; she records again. */
    @Transactional
    public void sendBack(long claimId, String reason) {
        recorded(claimId).returned(reason, LocalDateTime.now(clock));
    }

    /** Rule 4. */
    @Transactional
    public void noShow(long claimId, String actor) {
        ServiceClaim claim = claim(claimId);
        if (claim.getStatus() != ClaimStatus.CLAIMED && claim.getStatus() != ClaimStatus.RETURNED) {
            throw new InvalidFieldException("noShowNote", "这项服务已登记，不能记为未到岗");
        }
        claim.noShow(actor, LocalDateTime.now(clock));
    }

    /** Rule 5: the resident's answer, recorded by whoever called her back. */
    @Transactional
    public void residentAnswered(long itemId, boolean met, String note, String actor) {
        ServiceItem item = item(itemId);
        if (item.getKind() != ServiceKind.MICRO_WISH || item.getResidentRecordedAt() != null) {
            throw new InvalidFieldException("wishMet", "只有微心愿登记一次居民确认");
        }
        item.residentAnswered(met, note, actor, LocalDateTime.now(clock));
    }

    /** Rule 5: the item closes. */
    @Transactional
    public ServiceItemStatus close(long itemId) {
        ServiceItem item = item(itemId);
        ServiceItemStatus status = item.getKind() != ServiceKind.MICRO_WISH ? ServiceItemStatus.DONE
                : Boolean.TRUE.equals(item.getResidentMet()) ? ServiceItemStatus.MET : ServiceItemStatus.NOT_MET;
        item.moveTo(status);
        item.closed(LocalDateTime.now(clock));
        return status;
    }

    /** When a member's record is due: the window after the end, or after the branch returned it if later. */
    public LocalDateTime recordDue(long claimId) {
        ServiceClaim claim = claim(claimId);
        LocalDateTime from = item(claim.getItemId()).getEndsAt();
        if (claim.getSentBackAt() != null && claim.getSentBackAt().isAfter(from)) {
            from = claim.getSentBackAt();
        }
        return from.plus(properties.recordWindow());
    }

    /** When the members who claimed are reminded: the lead before the start. */
    public LocalDateTime reminderAt(long itemId) {
        return item(itemId).getStartsAt().minus(properties.reminderLead());
    }

    public List<Long> claimIds(long itemId) {
        return claims.findByItemIdOrderById(itemId).stream().map(ServiceClaim::getId).toList();
    }

    public ServiceClaim claim(long claimId) {
        return claims.findById(claimId).orElseThrow(() -> new RecordNotFoundException("服务认领", claimId));
    }

    public ServiceItem item(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new RecordNotFoundException("服务项目", itemId));
    }

    private ServiceClaim recorded(long claimId) {
        ServiceClaim claim = claim(claimId);
        if (claim.getStatus() != ClaimStatus.SERVED) {
            throw new InvalidFieldException("serviceConfirmed", "只能确认或退回已登记的服务");
        }
        return claim;
    }
}
