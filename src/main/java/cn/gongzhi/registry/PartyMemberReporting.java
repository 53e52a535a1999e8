package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.Duty;
import cn.gongzhi.registry.domain.GridRepository;
import cn.gongzhi.registry.domain.PartyMember;
import cn.gongzhi.registry.domain.PartyMemberRepository;
import cn.gongzhi.registry.domain.PioneerPostRepository;
import cn.gongzhi.registry.domain.ResponsibilityAreaRepository;
import cn.gongzhi.registry.domain.WorkUnitPartyOrg;
import cn.gongzhi.registry.domain.WorkUnitPartyOrgRepository;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Long because every rule of a member's reporting, from reporting to moving away, is checked here against the records,
 * in one place.
 * <p>
 * The registry's side of Party members reporting to their community (在职党员双报到), and every rule about it, checked
 * against the records before anything is written:
 * <ol>
 *   <li>an in-service member is reported by herself, or by the contact of her work unit's Party organisation; by no one
 *       else;</li>
 *   <li>a member reports to one community at a time: while a reporting is open (reported or active) in one community,
 *       another reporting is refused, naming where she is; after moving away she may report anew;</li>
 *   <li>only a reported member is confirmed, and only an open reporting is ended by moving away;</li>
 *   <li>a pioneer post or a responsibility area is held by an active member of its own community, one member each;</li>
 *   <li>moving away ends every post and area she holds.</li>
 * </ol>
 * A refusal is an {@link InvalidFieldException} naming the form's field (400) or a {@link StepRefused} (403); the
 * transaction then rolls back and nothing is written.
 */
@Service
@Transactional(readOnly = true)
public class PartyMemberReporting {

    /** The form fields the refusals name. */
    public static final String MEMBER_FIELD = "member";
    public static final String COMMUNITY_FIELD = "community";
    public static final String DUTY_FIELD = "duty";

    /** A member someone may report, by name. */
    public record Reportable(long memberId, String name) {}

    /** A pioneer post or responsibility area, by name, and who holds it (null: vacant). */
    public record DutyRef(DutyKind kind, long id, String label, Long holderMemberId) {
        /** The form's choice value: kind and id, chosen from the list, never typed. */
        public String choice() {
            return kind.name() + ":" + id;
        }
    }

    /** A member's reporting as a form shows it: no phone, no ID number. */
    public record ReportingView(long memberId, String name, String communityCode, String communityName,
            String workUnit, ReportingStatus status, LocalDate reportedOn, String note, List<String> duties) {}

    private final PartyMemberRepository members;
    private final CommunityRepository communities;
    private final GridRepository grids;
    private final WorkUnitPartyOrgRepository orgs;
    private final PioneerPostRepository posts;
    private final ResponsibilityAreaRepository areas;
    private final ActiveMembers active;
    private final Clock clock;

    PartyMemberReporting(PartyMemberRepository members, CommunityRepository communities, GridRepository grids,
            WorkUnitPartyOrgRepository orgs, PioneerPostRepository posts, ResponsibilityAreaRepository areas,
            ActiveMembers active, Clock clock) {
        this.members = members;
        this.communities = communities;
        this.grids = grids;
        this.orgs = orgs;
        this.posts = posts;
        this.areas = areas;
        this.active = active;
        this.clock = clock;
    }

    /**
     * The members this login may report (rule 1): herself, when she is an in-service Party member with this login, and
     * the in-service members of the work-unit Party organisation whose contact she is. Empty: she may not report anyone.
     * The community's own members (not in service) are organised where they live and do not report.
     */
    public List<Reportable> reportableBy(String username) {
        List<Reportable> reportable = new ArrayList<>();
        if (username == null) {
            return reportable;
        }
        members.findFirstByUsername(username).filter(PartyMember::isInService)
                .ifPresent(m -> reportable.add(new Reportable(m.getId(), m.getName())));
        orgs.findByContactUsername(username).ifPresent(org -> members.findByWorkUnitOrgIdOrderById(org.getId())
                .stream().filter(PartyMember::isInService)
                .filter(m -> reportable.stream().noneMatch(r -> r.memberId() == m.getId()))
                .forEach(m -> reportable.add(new Reportable(m.getId(), m.getName()))));
        return reportable;
    }

    /** Rules 1 and 2: she reports to this community in this process instance, or nothing is written. */
    @Transactional
    public ReportingView report(long memberId, String communityCode, String actor, String processInstanceId) {
        if (reportableBy(actor).stream().noneMatch(r -> r.memberId() == memberId)) {
            throw new StepRefused("党员只能本人报到，或由其所在单位党组织的联系人代为报到；" + actor + " 不能为该党员报到");
        }
        PartyMember member = member(memberId);
        Community community = communities.findByCode(communityCode == null ? "" : communityCode)
                .orElseThrow(() -> new InvalidFieldException(COMMUNITY_FIELD, "请选择报到的社区（村）"));
        ReportingStatus status = member.getReportingStatus();
        if (status != null && status.isOpen() && !processInstanceId.equals(member.getReportingInstanceId())) {
            String where = communities.findById(member.getRegisteredCommunityId()).map(Community::getName)
                    .orElse("另一社区");
            throw new InvalidFieldException(COMMUNITY_FIELD, member.getName() + "已在" + where + "报到（"
                    + status.label() + "），同一时间只能在一个社区报到；请先在" + where + "办理迁出");
        }
        member.report(community.getId(), LocalDate.now(clock), processInstanceId);
        members.saveAndFlush(member);
        return view(memberId);
    }

    /** Rules 3 and 4: the community Party organisation confirms her and gives her a post or an area. */
    @Transactional
    public ReportingView confirm(long memberId, DutyKind kind, long dutyId) {
        PartyMember member = member(memberId);
        if (member.getReportingStatus() != ReportingStatus.REPORTED) {
            throw new InvalidFieldException("decision", member.getName() + "的报到状态为" + label(member)
                    + "，只有已报到待确认的党员可以确认");
        }
        Duty duty = duty(kind, dutyId);
        checkHolder(kind, duty, member, true);
        member.moveReportingTo(ReportingStatus.ACTIVE, null);
        members.saveAndFlush(member);
        duty.holdBy(memberId, LocalDate.now(clock));
        return view(memberId);
    }

    /** The community Party organisation sends her reporting back with its reason; she stays reported. */
    @Transactional
    public ReportingView sendBack(long memberId, String reason) {
        PartyMember member = member(memberId);
        if (member.getReportingStatus() != ReportingStatus.REPORTED) {
            throw new InvalidFieldException("decision", member.getName() + "的报到状态为" + label(member)
                    + "，不能退回");
        }
        member.moveReportingTo(ReportingStatus.REPORTED, reason);
        members.saveAndFlush(member);
        return view(memberId);
    }

    /** Rule 4: an active member of the post's or area's own community holds it, and no one else does. */
    @Transactional
    public void assign(DutyKind kind, long dutyId, long memberId) {
        PartyMember member = member(memberId);
        Duty duty = duty(kind, dutyId);
        checkHolder(kind, duty, member, member.getReportingStatus() == ReportingStatus.ACTIVE);
        duty.holdBy(memberId, LocalDate.now(clock));
    }

    /** Rule 4, checked before anything changes: {@code active} is whether she is (or is being made) active. */
    private void checkHolder(DutyKind kind, Duty duty, PartyMember member, boolean active) {
        if (!active || !duty.getCommunityId().equals(member.getRegisteredCommunityId())) {
            String where = communities.findById(duty.getCommunityId()).map(Community::getName).orElse("");
            throw new InvalidFieldException(DUTY_FIELD, kind.label() + "只能由" + where + "的在岗党员担任："
                    + member.getName() + (active ? "在其他社区报到" : "的状态为" + label(member)));
        }
        if (duty.getHolderMemberId() != null && !duty.getHolderMemberId().equals(member.getId())) {
            throw new InvalidFieldException(DUTY_FIELD, "该" + kind.label() + "已由"
                    + member(duty.getHolderMemberId()).getName() + "担任，请另选");
        }
    }

    /** Rules 3 and 5: she moved away or was transferred; her posts and areas end with her reporting. */
    @Transactional
    public ReportingView moveAway(long memberId, String reason) {
        PartyMember member = member(memberId);
        if (member.getReportingStatus() == null || !member.getReportingStatus().isOpen()) {
            throw new InvalidFieldException("reason", member.getName() + "的报到状态为" + label(member)
                    + "，无须办理迁出");
        }
        member.moveReportingTo(ReportingStatus.MOVED_AWAY, reason);
        members.saveAndFlush(member);
        posts.findByHolderMemberId(memberId).forEach(p -> p.holdBy(null, null));
        areas.findByHolderMemberId(memberId).forEach(a -> a.holdBy(null, null));
        return view(memberId);
    }

    /**
     * The members active in this community (confirmed, serving), by name: whom its Party organisation may record as
     * moved away. Empty for an unknown community.
     */
    public List<Reportable> activeMembers(String communityCode) {
        return active.confirmed(communityCode).stream().map(m -> new Reportable(m.memberId(), m.name())).toList();
    }

    /** The vacant posts and areas of a community, by name: what the confirming step offers. */
    public List<DutyRef> vacantDuties(String communityCode) {
        return duties(communityCode).stream().filter(d -> d.holderMemberId() == null).toList();
    }

    /** Every post and area of a community, by name, with who holds it. */
    public List<DutyRef> duties(String communityCode) {
        Optional<Community> community = communities.findByCode(communityCode == null ? "" : communityCode);
        if (community.isEmpty()) {
            return List.of();
        }
        Long id = community.get().getId();
        List<DutyRef> duties = new ArrayList<>();
        posts.findByCommunityIdOrderById(id).forEach(p -> duties.add(new DutyRef(DutyKind.PIONEER_POST, p.getId(),
                DutyKind.PIONEER_POST.label() + "：" + p.getName(), p.getHolderMemberId())));
        Map<Long, String> gridNames = grids.findByCommunityIdOrderById(id).stream()
                .collect(Collectors.toMap(g -> g.getId(), g -> g.getName()));
        areas.findByCommunityIdOrderById(id).forEach(a -> duties.add(new DutyRef(DutyKind.RESPONSIBILITY_AREA,
                a.getId(), DutyKind.RESPONSIBILITY_AREA.label() + "：" + gridNames.getOrDefault(a.getGridId(), "")
                        + " " + a.getBuildings(), a.getHolderMemberId())));
        return duties;
    }

    /** The member's reporting as the forms show it. */
    public ReportingView view(long memberId) {
        PartyMember member = member(memberId);
        Optional<Community> community = communities.findById(member.getRegisteredCommunityId());
        String unit = member.getWorkUnitOrgId() == null ? member.getWorkUnit()
                : orgs.findById(member.getWorkUnitOrgId()).map(WorkUnitPartyOrg::getName).orElse(null);
        List<String> held = new ArrayList<>();
        posts.findByHolderMemberId(memberId).forEach(p -> held.add(DutyKind.PIONEER_POST.label() + "：" + p.getName()));
        areas.findByHolderMemberId(memberId).forEach(a -> held.add(DutyKind.RESPONSIBILITY_AREA.label() + "："
                + a.getBuildings()));
        return new ReportingView(memberId, member.getName(), community.map(Community::getCode).orElse(null),
                community.map(Community::getName).orElse(null), unit, member.getReportingStatus(),
                member.getReportedOn(), member.getReportingNote(), held);
    }

    /** The member this process instance reports, or a refusal: a step never works on another instance's member. */
    public void requireBound(long memberId, String processInstanceId) {
        if (!processInstanceId.equals(member(memberId).getReportingInstanceId())) {
            throw StepRefused.notBound("党员报到", String.valueOf(memberId), processInstanceId);
        }
    }

    private Duty duty(DutyKind kind, long dutyId) {
        Optional<? extends Duty> duty = kind == DutyKind.PIONEER_POST ? posts.findById(dutyId) : areas.findById(dutyId);
        return duty.orElseThrow(() -> new InvalidFieldException(DUTY_FIELD, "请从列表中选择" + kind.label()));
    }

    private PartyMember member(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new RecordNotFoundException("党员", memberId));
    }

    private static String label(PartyMember member) {
        return member.getReportingStatus() == null ? "未报到" : member.getReportingStatus().label();
    }
}
