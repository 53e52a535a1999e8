package cn.gongzhi.members;

import cn.gongzhi.members.domain.ServiceClaimRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Party members' service as it counts: the hours the community Party organisation confirmed, by the day the service
 * ended, per member, per community and period (the figures and the annual feedback read these; issue 20). A returned,
 * unconfirmed or no-show record counts nothing.
 */
@Service
@Transactional(readOnly = true)
public class ServiceFigures {

    /** One member's confirmed hours. */
    public record MemberHours(long memberId, BigDecimal hours) {}

    private final ServiceClaimRepository claims;

    ServiceFigures(ServiceClaimRepository claims) {
        this.claims = claims;
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
}
