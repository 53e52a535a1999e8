package cn.gongzhi.members;

import cn.gongzhi.members.domain.ServiceClaimRepository;
import cn.gongzhi.members.domain.ServiceItem;
import cn.gongzhi.members.domain.ServiceItemRepository;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The micro-wishes a community publishes, as the public page shows them: what was wished, when, and whether it is
 * waiting for a member (待认领), adopted (已认领) or met (已实现). Never the resident, never a member: the title and
 * description are stored masked and the form asks not to name her.
 */
@Service
@Transactional(readOnly = true)
public class MicroWishBoard {

    /** One micro-wish, public. */
    public record PublicWish(long id, String title, String description, String status, String statusLabel,
            LocalDateTime startsAt, int places, long claimed) {}

    private final ServiceItemRepository items;
    private final ServiceClaimRepository claims;

    MicroWishBoard(ServiceItemRepository items, ServiceClaimRepository claims) {
        this.items = items;
        this.claims = claims;
    }

    /** The community's micro-wishes, newest first; withdrawn ones are not shown. */
    public List<PublicWish> of(String communityCode) {
        return items.findByCommunityCodeAndKindOrderByPublishedAtDesc(communityCode, ServiceKind.MICRO_WISH).stream()
                .filter(i -> i.getStatus() != ServiceItemStatus.CANCELLED)
                .map(this::view).toList();
    }

    private PublicWish view(ServiceItem item) {
        return new PublicWish(item.getId(), item.getTitle(), item.getDescription(), item.getStatus().name(),
                item.getStatus().label(), item.getStartsAt(), item.getPlaces(), claims.countByItemId(item.getId()));
    }
}
