package cn.gongzhi.members;

import cn.gongzhi.members.domain.ServiceClaimRepository;
import cn.gongzhi.members.domain.ServiceItem;
import cn.gongzhi.members.domain.ServiceItemRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Party members' service as it counts: the hours the community Party organisation confirmed, by the day the service
 * ended, per member, per community and period (the figures and the annual feedback read these; issue 20). A returned,
 * unconfirmed or no-show record counts nothing. Also the items published and done, and the micro-wishes met, per
 * community and period (the supervision dashboard's 党员作用).
 */
@Service
@Transactional(readOnly = true)
public class ServiceFigures {

    /** One member's confirmed hours. */
    public record MemberHours(long memberId, BigDecimal hours) {}

    /**
     * A community's service items in a period: {@code published} in it (withdrawn ones included), of those
     * {@code done} (settled: done, met or not met); micro-wishes {@code wishesClosed} in it (the resident answered),
     * of those {@code wishesMet}.
     */
    public record ItemCounts(int published, int done, int wishesMet, int wishesClosed) {

        public static final ItemCounts NONE = new ItemCounts(0, 0, 0, 0);

        public ItemCounts plus(ItemCounts other) {
            return new ItemCounts(published + other.published, done + other.done, wishesMet + other.wishesMet,
                    wishesClosed + other.wishesClosed);
        }
    }

    private static final Set<ServiceItemStatus> SETTLED = EnumSet.of(ServiceItemStatus.DONE, ServiceItemStatus.MET,
            ServiceItemStatus.NOT_MET);

    private final ServiceClaimRepository claims;
    private final ServiceItemRepository items;

    ServiceFigures(ServiceClaimRepository claims, ServiceItemRepository items) {
        this.claims = claims;
        this.items = items;
    }

    /**
     * The community's items and micro-wishes in the period from {@code from} to {@code to}, inclusive. Items published
     * by hand only: what a procedure offered counts as the service it became (hours) and in {@link #petitionHelps}.
     */
    public ItemCounts items(String communityCode, LocalDate from, LocalDate to) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        List<ServiceItem> published = items.publishedByHand(communityCode, start, end);
        List<ServiceItem> wishes = items.findByCommunityCodeAndKindAndClosedAtGreaterThanEqualAndClosedAtLessThan(
                communityCode, ServiceKind.MICRO_WISH, start, end).stream()
                .filter(i -> i.getStatus() == ServiceItemStatus.MET || i.getStatus() == ServiceItemStatus.NOT_MET)
                .toList();
        return new ItemCounts(published.size(), (int) published.stream().filter(i -> SETTLED.contains(i.getStatus()))
                .count(), (int) wishes.stream().filter(i -> i.getStatus() == ServiceItemStatus.MET).count(),
                wishes.size());
    }

    /** Confirmed hours per member for the community's items that ended from {@code from} to {@code to}, inclusive. */
    public List<MemberHours> hoursByMember(String communityCode, LocalDate from, LocalDate to) {
        return claims.hoursByMember(communityCode, ClaimStatus.CONFIRMED, from.atStartOfDay(),
                        to.plusDays(1).atStartOfDay()).stream()
                .map(row -> new MemberHours(((Number) row[0]).longValue(), (BigDecimal) row[1])).toList();
    }

    /** The community's confirmed hours in the period: the members' sum. */
    public BigDecimal communityHours(String communityCode, LocalDate from, LocalDate to) {
        return hoursByMember(communityCode, from, to).stream().map(MemberHours::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One member's confirmed hours in the period, wherever she served. */
    public BigDecimal memberHours(long memberId, LocalDate from, LocalDate to) {
        LocalDateTime start = from.atStartOfDay();
        return claims.hoursOf(memberId, ClaimStatus.CONFIRMED, start, to.plusDays(1).atStartOfDay());
    }

    /**
     * The petition helps members of the community took in the period from {@code from} to {@code to}, inclusive: the
     * claims of its {@link ServiceKind#PETITION_HELP} items by the moment she claimed, except those recorded as a
     * no-show (the dashboard's members' share of the helpers in petitions, docs/supervision.md).
     */
    public int petitionHelps(String communityCode, LocalDate from, LocalDate to) {
        return (int) claims.countTaken(communityCode, ServiceKind.PETITION_HELP, ClaimStatus.NO_SHOW,
                from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }
}
