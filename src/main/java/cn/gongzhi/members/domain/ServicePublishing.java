package cn.gongzhi.members.domain;

import cn.gongzhi.members.ServiceItemStatus;
import cn.gongzhi.members.ServiceKind;
import cn.gongzhi.registry.ActiveMembers;
import cn.gongzhi.registry.ActiveMembers.ActiveMember;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a service item and its claims, every rule checked against the records before anything is written:
 * <ol>
 *   <li>places lie between 1 and {@code max-places};</li>
 *   <li>the claim deadline lies at least {@code minimum-claim-time} after publishing and not after the start; the end
 *       lies after the start;</li>
 *   <li>a micro-wish names its resident (name and phone, to call her back); her name is stored masked, her phone is
 *       never shown whole;</li>
 *   <li>only an ACTIVE member of the item's community claims (403 otherwise), and of an item offered to one member
 *       only she (403 otherwise), once, while it is published, before the
 *       claim deadline and while places remain (first come);</li>
 *   <li>at the claim deadline the branch goes ahead only with at least one claim; otherwise it withdraws the item.</li>
 * </ol>
 * A refusal is an {@link InvalidFieldException} naming the form's field (400) or a {@link StepRefused} (403).
 */
@Service
@Transactional(readOnly = true)
public class ServicePublishing {

    /** What the start form publishes, read and trimmed by the process step. */
    public record Publication(ServiceKind kind, String title, String description, int places, LocalDateTime startsAt,
            LocalDateTime endsAt, LocalDateTime claimDeadline, String residentName, String residentPhone) {}

    private final ServiceItemRepository items;
    private final ServiceClaimRepository claims;
    private final ActiveMembers members;
    private final CommunityServiceProperties properties;
    private final RegistryService registry;
    private final Clock clock;

    ServicePublishing(ServiceItemRepository items, ServiceClaimRepository claims, ActiveMembers members,
            CommunityServiceProperties properties, RegistryService registry, Clock clock) {
        this.registry = registry;
        this.items = items;
        this.claims = claims;
        this.members = members;
        this.properties = properties;
        this.clock = clock;
    }

    /** Rules 1 to 3: the item is published for this community in this process instance, or nothing is written. */
    @Transactional
    public long publish(Publication p, String communityCode, String actor, String processInstanceId) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (p.places() < 1 || p.places() > properties.maxPlaces()) {
            throw new InvalidFieldException("places", "名额须在 1 到 " + properties.maxPlaces() + " 之间");
        }
        if (p.claimDeadline().isBefore(now.plus(properties.minimumClaimTime()))) {
            throw new InvalidFieldException("claimDeadline", "认领截止须在发布后至少 "
                    + properties.minimumClaimTime().toMinutes() + " 分钟");
        }
        if (p.claimDeadline().isAfter(p.startsAt())) {
            throw new InvalidFieldException("claimDeadline", "认领截止不能晚于服务开始");
        }
        if (!p.endsAt().isAfter(p.startsAt())) {
            throw new InvalidFieldException("endsAt", "服务结束须晚于开始");
        }
        ServiceItem item = new ServiceItem(p.kind(), communityCode, p.title(), p.description(), p.places(),
                p.startsAt(), p.endsAt(), p.claimDeadline());
        if (p.kind() == ServiceKind.MICRO_WISH) {
            if (p.residentName() == null || p.residentName().isBlank()) {
                throw new InvalidFieldException("residentName", "微心愿须登记许愿居民的姓名，以便回访");
            }
            if (p.residentPhone() == null || !p.residentPhone().trim().matches("[0-9+\\- ]{5,20}")) {
                throw new InvalidFieldException("residentPhone", "微心愿须登记许愿居民的联系电话，以便回访");
            }
            item.resident(Masking.name(p.residentName().trim()), p.residentPhone().trim());
        }
        item.published(actor, now, processInstanceId);
        return items.save(item).getId();
    }

    /**
     * The logins that may still claim: the community's active members who have not claimed it; an item offered to one
     * member, her alone.
     */
    public List<String> claimants(long itemId) {
        ServiceItem item = item(itemId);
        return members.of(item.getCommunityCode()).stream()
                .filter(m -> offeredTo(item, m.memberId()))
                .filter(m -> !claims.existsByItemIdAndMemberId(itemId, m.memberId()))
                .map(ActiveMember::username).toList();
    }

    /** Rule 4: her claim, first come; answers the places still open after it. */
    @Transactional
    public int claim(long itemId, String username) {
        ServiceItem item = item(itemId);
        ActiveMember member = members.byLogin(username, item.getCommunityCode()).orElseThrow(() -> new StepRefused(
                "只有本社区已确认报到（在岗）的党员可以认领；" + username + " 不是"));
        if (!offeredTo(item, member.memberId())) {
            throw new StepRefused("这项服务只邀请了一名党员，" + username + " 不是");
        }
        if (item.getStatus() != ServiceItemStatus.PUBLISHED
                || !LocalDateTime.now(clock).isBefore(item.getClaimDeadline())) {
            throw new InvalidFieldException("claim", "认领已截止");
        }
        if (claims.existsByItemIdAndMemberId(itemId, member.memberId())) {
            throw new InvalidFieldException("claim", "您已认领过这项服务");
        }
        int open = placesOpen(item);
        if (open <= 0) {
            throw new InvalidFieldException("claim", "名额已满");
        }
        claims.save(new ServiceClaim(itemId, member.memberId(), username, LocalDateTime.now(clock)));
        if (open == 1) {
            item.moveTo(ServiceItemStatus.CLAIMED);
        }
        return open - 1;
    }

    /** Claims close (every place taken, or the deadline with at least one claim the branch goes ahead with). */
    @Transactional
    public void closeClaims(long itemId) {
        ServiceItem item = item(itemId);
        if (claims.countByItemId(itemId) == 0) {
            throw new InvalidFieldException("goAhead", "没有党员认领，只能取消这项服务");
        }
        item.moveTo(ServiceItemStatus.CLAIMED);
    }

    /** Rule 5: the branch withdraws it at the claim deadline. */
    @Transactional
    public void cancel(long itemId) {
        item(itemId).moveTo(ServiceItemStatus.CANCELLED);
    }

    /** The members were reminded (their service tasks show the item). */
    @Transactional
    public void reminded(long itemId) {
        item(itemId).reminded(LocalDateTime.now(clock));
    }

    public ServiceKind kind(long itemId) {
        return item(itemId).getKind();
    }

    public String communityName(long itemId) {
        return registry.community(item(itemId).getCommunityCode()).map(CommunityRef::name).orElse(null);
    }

    private static boolean offeredTo(ServiceItem item, long memberId) {
        return item.getOfferedMemberId() == null || item.getOfferedMemberId() == memberId;
    }

    public int placesOpen(long itemId) {
        return placesOpen(item(itemId));
    }

    private int placesOpen(ServiceItem item) {
        return item.getPlaces() - (int) claims.countByItemId(item.getId());
    }

    /** The item belongs to this process instance, or the step is refused. */
    public void requireBound(long itemId, String processInstanceId) {
        if (!processInstanceId.equals(item(itemId).getProcessInstanceId())) {
            throw new StepRefused("服务项目与本流程不符");
        }
    }

    ServiceItem item(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new RecordNotFoundException("服务项目", String.valueOf(itemId)));
    }
}
