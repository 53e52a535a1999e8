package cn.gongzhi.members.domain;

import cn.gongzhi.members.ServiceItemStatus;
import cn.gongzhi.members.ServiceKind;
import cn.gongzhi.members.ServiceSource;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service items a procedure offers (a petition, a consultation, a joint meeting), every rule checked before
 * anything is written:
 * <ol>
 *   <li>one offer per procedure and member (or, open to the community, one per procedure): offered again, nothing is
 *       written;</li>
 *   <li>its time window starts at the offer and lasts {@code service-period}; the claim deadline is
 *       {@code offer-period} after the offer (the hand-published items' rule "not after the start" does not apply:
 *       she helps while the procedure runs);</li>
 *   <li>places lie between 1 and the community service's {@code max-places};</li>
 *   <li>at the claim deadline the offer lapses: with a claim the service goes ahead, without one the item is
 *       withdrawn, no one is penalised and no one has to decide it.</li>
 * </ol>
 */
@Service
@Transactional(readOnly = true)
public class ServiceOffers {

    /** What a procedure offers; {@code memberId} null: open to the community's active members, first come. */
    public record Offer(ServiceKind kind, ServiceSource source, String sourceRef, String communityCode, String title,
            String description, int places, Long memberId, String offeredBy) {}

    private final ServiceItemRepository items;
    private final ServiceClaimRepository claims;
    private final MemberHelpProperties help;
    private final CommunityServiceProperties service;
    private final Clock clock;

    ServiceOffers(ServiceItemRepository items, ServiceClaimRepository claims, MemberHelpProperties help,
            CommunityServiceProperties service, Clock clock) {
        this.items = items;
        this.claims = claims;
        this.help = help;
        this.service = service;
        this.clock = clock;
    }

    /** Rules 1 to 3: the new item's id, or empty when this offer was made before. */
    @Transactional
    public Optional<Long> offer(Offer offer) {
        if (offered(offer.source(), offer.sourceRef(), offer.memberId())) {
            return Optional.empty();
        }
        if (offer.places() < 1 || offer.places() > service.maxPlaces()) {
            throw new InvalidFieldException("places", "名额须在 1 到 " + service.maxPlaces() + " 之间");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ServiceItem item = new ServiceItem(offer.kind(), offer.communityCode(), offer.title(), offer.description(),
                offer.places(), now, now.plus(help.servicePeriod()), now.plus(help.offerPeriod()));
        item.offeredBy(offer.source(), offer.sourceRef(), offer.memberId());
        item.published(offer.offeredBy(), now, null);
        return Optional.of(items.saveAndFlush(item).getId());
    }

    /** Rule 1: whether this procedure made this offer already. */
    public boolean offered(ServiceSource source, String ref, Long memberId) {
        return memberId == null ? items.existsBySourceKindAndSourceRefAndOfferedMemberIdIsNull(source, ref)
                : items.existsBySourceKindAndSourceRefAndOfferedMemberId(source, ref, memberId);
    }

    /** The offered item's process started: the item belongs to it; another instance is refused. */
    @Transactional
    public void bind(long itemId, String processInstanceId) {
        ServiceItem item = item(itemId);
        if (item.getSourceKind() == null
                || item.getProcessInstanceId() != null && !item.getProcessInstanceId().equals(processInstanceId)) {
            throw new StepRefused("服务项目与本流程不符");
        }
        item.boundTo(processInstanceId);
    }

    /** Rule 4: whether the service goes ahead with those who took it; otherwise the item is withdrawn. */
    @Transactional
    public boolean lapse(long itemId) {
        ServiceItem item = item(itemId);
        boolean taken = claims.countByItemId(itemId) > 0;
        item.moveTo(taken ? ServiceItemStatus.CLAIMED : ServiceItemStatus.CANCELLED);
        return taken;
    }

    private ServiceItem item(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new RecordNotFoundException("服务项目", String.valueOf(itemId)));
    }
}
