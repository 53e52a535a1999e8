package cn.gongzhi.members;

import cn.gongzhi.members.domain.ServiceClaim;
import cn.gongzhi.members.domain.ServiceClaimRepository;
import cn.gongzhi.members.domain.ServiceItem;
import cn.gongzhi.members.domain.ServiceItemRepository;
import cn.gongzhi.registry.PartyMemberLogins;
import cn.gongzhi.registry.PartyMemberLogins.UnitOrg;
import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.ReportingView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Party member's record as she (or her work unit's contact) reads it (issue 20): her reporting, her unit's Party
 * organisation, the posts and areas she holds, every service she claimed, her confirmed hours and the annual feedback
 * lines her community sent to her unit (年度双向反馈). Only what is hers:
 * a micro-wish shows its public title, never the resident; no phone but the unit contact's, masked.
 */
@Service
@Transactional(readOnly = true)
public class MemberRecords {

    /** Her reporting: status and community by name, and the posts and areas she holds. */
    public record Reporting(String status, String statusLabel, String communityName, LocalDate reportedOn,
            List<String> duties) {}

    /** One claim: the item's title, kind and time, where the claim stands, and the hours she recorded. */
    public record ServiceLine(String title, String kindLabel, LocalDateTime startsAt, LocalDateTime endsAt,
            String status, String statusLabel, BigDecimal hours) {}

    /** Her confirmed hours: in the current calendar year (by the day the service ended) and in all. */
    public record ConfirmedHours(int year, BigDecimal thisYear, BigDecimal total) {}

    /**
     * One line of the annual feedback her community sent to her unit (年度双向反馈): the year, the community, her
     * confirmed hours and services there, the branch's comment on her, when it was sent and when the unit confirmed.
     */
    public record FeedbackLine(int year, String communityName, BigDecimal hours, int activities, String comment,
            LocalDateTime sentAt, LocalDateTime confirmedAt) {}

    /** The whole record of one member. */
    public record MemberRecord(long memberId, String name, Reporting reporting, UnitOrg unit,
            List<ServiceLine> service, ConfirmedHours hours, List<FeedbackLine> feedback) {}

    /** A unit contact's view: her unit and its in-service members' records. */
    public record UnitRecords(UnitOrg unit, List<MemberRecord> members) {}

    private final PartyMemberLogins logins;
    private final PartyMemberReporting reporting;
    private final ServiceClaimRepository claims;
    private final ServiceItemRepository items;
    private final ServiceFigures figures;
    private final AnnualFeedbackReading feedback;
    private final Clock clock;

    MemberRecords(PartyMemberLogins logins, PartyMemberReporting reporting, ServiceClaimRepository claims,
            ServiceItemRepository items, ServiceFigures figures, AnnualFeedbackReading feedback, Clock clock) {
        this.feedback = feedback;
        this.logins = logins;
        this.reporting = reporting;
        this.claims = claims;
        this.items = items;
        this.figures = figures;
        this.clock = clock;
    }

    /** The record of the in-service Party member with this login; empty if the login is not one. */
    public Optional<MemberRecord> own(String username) {
        return logins.inServiceMember(username).map(this::record);
    }

    /** The records of the unit whose contact this login is; empty if she is no unit's contact. */
    public Optional<UnitRecords> unit(String username) {
        return logins.unitOfContact(username).map(unit -> new UnitRecords(unit,
                logins.unitMembers(unit.id()).stream().map(this::record).toList()));
    }

    private MemberRecord record(long memberId) {
        ReportingView view = reporting.view(memberId);
        Reporting reported = new Reporting(view.status() == null ? null : view.status().name(),
                view.status() == null ? "未报到" : view.status().label(), view.communityName(), view.reportedOn(),
                view.duties());
        List<ServiceClaim> own = claims.findByMemberIdOrderByClaimedAtDescIdDesc(memberId);
        Map<Long, ServiceItem> byId = items.findAllById(own.stream().map(ServiceClaim::getItemId).toList()).stream()
                .collect(Collectors.toMap(ServiceItem::getId, Function.identity()));
        List<ServiceLine> lines = own.stream().map(c -> line(c, byId.get(c.getItemId()))).toList();
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        BigDecimal thisYear = figures.memberHours(memberId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        BigDecimal total = own.stream().filter(c -> c.getStatus() == ClaimStatus.CONFIRMED && c.getHours() != null)
                .map(ServiceClaim::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new MemberRecord(memberId, view.name(), reported, logins.unitOfMember(memberId).orElse(null), lines,
                new ConfirmedHours(year, thisYear, total), feedback.linesOf(memberId));
    }

    private static ServiceLine line(ServiceClaim claim, ServiceItem item) {
        return new ServiceLine(item.getTitle(), item.getKind().label(), item.getStartsAt(), item.getEndsAt(),
                claim.getStatus().name(), claim.getStatus().label(), claim.getHours());
    }
}
