package cn.gongzhi.members.domain;

import cn.gongzhi.members.ClaimStatus;
import cn.gongzhi.members.FeedbackFigures;
import cn.gongzhi.members.ServiceKind;
import cn.gongzhi.members.domain.AnnualFeedbackLine.WishNote;
import cn.gongzhi.registry.PartyMemberLogins;
import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.ReportingView;
import cn.gongzhi.registry.ReportingStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the annual feedback of one work unit's Party organisation says for one year, counted from the records, one rule
 * each (pinned by AnnualFeedbackRecountTest against an independent count):
 * <ol>
 *   <li>the unit's members are its in-service members in the registry;</li>
 *   <li>a member has a line for the community she is reported to ({@code REPORTED} or {@code ACTIVE}) if she reported
 *       on or before 31 December of the year, and a line for every community where she claimed a service that ended in
 *       the year (she may have served elsewhere before moving); a member with neither has no line, and a unit without
 *       any line gets no report;</li>
 *   <li>the year is the calendar year in China time, by the day the service ended (as {@code ServiceFigures} counts):
 *       a service ending on 31 December at 23:59 counts for that year, one ending on 1 January at 00:00 for the next;</li>
 *   <li>only confirmed service counts as hours and activities (by kind); recorded but unsettled service is
 *       "awaiting", a no-show and a service sent back at least once are counted as such and add nothing;</li>
 *   <li>of her confirmed micro-wishes, the resident's answer (met or not, and the note) is carried, never the
 *       resident's name or phone; those met are counted;</li>
 *   <li>her reporting status and date and the posts and areas she holds are on the line of the community she is
 *       reported to.</li>
 * </ol>
 */
@Service
@Transactional(readOnly = true)
public class FeedbackCollection {

    /** One member's line in one community's part. */
    public record MemberLine(String communityCode, long memberId, String name, String reportingStatus,
            LocalDate reportedOn, String duties, FeedbackFigures figures, List<WishNote> wishes) {}

    private final PartyMemberLogins logins;
    private final PartyMemberReporting reporting;
    private final ServiceClaimRepository claims;
    private final ServiceItemRepository items;

    FeedbackCollection(PartyMemberLogins logins, PartyMemberReporting reporting, ServiceClaimRepository claims,
            ServiceItemRepository items) {
        this.logins = logins;
        this.reporting = reporting;
        this.claims = claims;
        this.items = items;
    }

    /** Every line of the unit's report for the year, by community and then member. */
    public List<MemberLine> collect(long orgId, int year) {
        List<MemberLine> lines = new ArrayList<>();
        for (long memberId : logins.unitMembers(orgId)) {
            lines.addAll(linesOf(memberId, year));
        }
        lines.sort(Comparator.comparing(MemberLine::communityCode).thenComparing(MemberLine::memberId));
        return lines;
    }

    /** The lines of the unit's report for one community: what its branch reviews. */
    public List<MemberLine> collect(long orgId, int year, String communityCode) {
        return collect(orgId, year).stream().filter(l -> l.communityCode().equals(communityCode)).toList();
    }

    private List<MemberLine> linesOf(long memberId, int year) {
        ReportingView view = reporting.view(memberId);
        LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
        LocalDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay();
        List<ServiceClaim> own = claims.findByMemberIdOrderByClaimedAtDescIdDesc(memberId);
        Map<Long, ServiceItem> byId = items.findAllById(own.stream().map(ServiceClaim::getItemId).toList()).stream()
                .collect(Collectors.toMap(ServiceItem::getId, Function.identity()));
        Map<String, List<ServiceClaim>> byCommunity = new TreeMap<>();
        for (ServiceClaim claim : own) {
            ServiceItem item = byId.get(claim.getItemId());
            if (!item.getEndsAt().isBefore(from) && item.getEndsAt().isBefore(to)) {
                byCommunity.computeIfAbsent(item.getCommunityCode(), c -> new ArrayList<>()).add(claim);
            }
        }
        boolean reportedThere = (view.status() == ReportingStatus.REPORTED || view.status() == ReportingStatus.ACTIVE)
                && view.reportedOn() != null && view.reportedOn().getYear() <= year && view.communityCode() != null;
        if (reportedThere) {
            byCommunity.putIfAbsent(view.communityCode(), List.of());
        }
        List<MemberLine> lines = new ArrayList<>();
        byCommunity.forEach((community, served) -> {
            boolean home = reportedThere && community.equals(view.communityCode());
            List<WishNote> wishes = new ArrayList<>();
            FeedbackFigures figures = figures(served, byId, wishes);
            lines.add(new MemberLine(community, memberId, view.name(), home ? view.status().name() : null,
                    home ? view.reportedOn() : null, home && !view.duties().isEmpty()
                            ? String.join("；", view.duties()) : null, figures, wishes));
        });
        return lines;
    }

    private static FeedbackFigures figures(List<ServiceClaim> served, Map<Long, ServiceItem> items,
            List<WishNote> wishes) {
        BigDecimal hours = BigDecimal.ZERO;
        int volunteer = 0;
        int micro = 0;
        int area = 0;
        int confirmed = 0;
        int awaiting = 0;
        int noShows = 0;
        int returned = 0;
        int met = 0;
        for (ServiceClaim claim : served) {
            ServiceItem item = items.get(claim.getItemId());
            if (claim.getSentBackAt() != null) {
                returned++;
            }
            if (claim.getStatus() == ClaimStatus.SERVED) {
                awaiting++;
            } else if (claim.getStatus() == ClaimStatus.NO_SHOW) {
                noShows++;
            } else if (claim.getStatus() == ClaimStatus.CONFIRMED) {
                confirmed++;
                hours = hours.add(claim.getHours() == null ? BigDecimal.ZERO : claim.getHours());
                switch (item.getKind()) {
                    case VOLUNTEER_ACTIVITY -> volunteer++;
                    case MICRO_WISH -> micro++;
                    case AREA_TASK -> area++;
                }
                if (item.getKind() == ServiceKind.MICRO_WISH && item.getResidentMet() != null) {
                    wishes.add(new WishNote(item.getResidentMet(), item.getResidentNote()));
                    if (item.getResidentMet()) {
                        met++;
                    }
                }
            }
        }
        return new FeedbackFigures(hours, volunteer, micro, area, confirmed, awaiting, noShows, returned, met);
    }
}
