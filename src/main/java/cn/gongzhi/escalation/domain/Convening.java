package cn.gongzhi.escalation.domain;

import cn.gongzhi.escalation.EscalationStatus;
import cn.gongzhi.registry.RegistryDirectory.Unit;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.DepartmentRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.FormInput;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The street convenes the joint meeting: it decides to convene (or sends the matter back), confirms the departments
 * and the meeting time, and the summoned departments report in before the meeting; report-in closes when it begins.
 */
@Service
@Transactional
public class Convening {

    public static final String CONVENE = "CONVENE";
    public static final String RETURN = "RETURN";
    /** The longest instruction of the street. */
    static final int INSTRUCTIONS_MAX = 2000;

    /** A department by code and name, as the forms offer it. */
    public record DepartmentChoice(String code, String name) {}

    private final EscalationLedger ledger;
    private final RegistryService registry;
    private final EscalationProperties properties;

    Convening(EscalationLedger ledger, RegistryService registry, EscalationProperties properties) {
        this.ledger = ledger;
        this.registry = registry;
        this.properties = properties;
    }

    /**
     * The street Party working committee convenes ({@link #CONVENE}), or sends the matter back ({@link #RETURN}) with
     * instructions: to the community when it sends the matter back, to the meeting when it convenes.
     */
    public void decideConvening(long escalationId, String decision, String instructions, String actor) {
        ledger.load(escalationId).setInstructions(instructions);
        ledger.record(escalationId, CONVENE.equals(decision) ? "CONVENED" : "SENT_BACK", actor, instructions);
    }

    /** The departments whose registered duties include the duties the decision named; the street's own first. */
    public List<String> proposeDepartments(long escalationId, String dutyCodes, String reportInLimit) {
        Escalation escalation = ledger.load(escalationId);
        escalation.setReportInLimit(reportInLimit);
        Set<String> proposed = new LinkedHashSet<>();
        for (String duty : dutyCodes.split(",")) {
            registry.departmentsWithDuty(duty.trim(), escalation.getStreetCode()).stream().limit(1)
                    .map(DepartmentRef::code).forEach(proposed::add);
        }
        return List.copyOf(proposed);
    }

    /** The departments the street may convene: its own and the district-wide ones, in the registry's order. */
    @Transactional(readOnly = true)
    public List<DepartmentChoice> departmentChoices(long escalationId) {
        String street = ledger.load(escalationId).getStreetCode();
        List<DepartmentChoice> own = new ArrayList<>();
        List<DepartmentChoice> district = new ArrayList<>();
        for (Unit unit : registry.directory().departments()) {
            if (street.equals(unit.parentCode())) {
                own.add(new DepartmentChoice(unit.code(), unit.name()));
            } else if (unit.parentCode() == null) {
                district.add(new DepartmentChoice(unit.code(), unit.name()));
            }
        }
        own.addAll(district);
        return own;
    }

    /**
     * Summons the confirmed departments (each one the street may convene) to the meeting. Each must report in by the
     * decision's limit or {@code report-in-lead} before the meeting, whichever comes first; the meeting must be at
     * least {@code minimum-notice} away. Returns the meeting time.
     */
    public Date confirmDepartments(long escalationId, Collection<String> codes, String meetingTime, String actor) {
        Escalation escalation = ledger.load(escalationId);
        if (codes.isEmpty()) {
            throw new InvalidFieldException("departments", "请至少选择一个召集部门");
        }
        Set<String> allowed = new HashSet<>(departmentChoices(escalationId).stream().map(DepartmentChoice::code)
                .toList());
        for (String code : codes) {
            if (!allowed.contains(code)) {
                throw new InvalidFieldException("departments", "召集部门只能从本街道的职能部门中选择");
            }
        }
        LocalDateTime now = ledger.now();
        LocalDateTime meeting = FormInput.dateTime(meetingTime, "meetingTime", "请选择联席会议时间",
                "请用日期时间选择器选择联席会议时间", ledger.clock().getZone());
        if (!meeting.isAfter(now)) {
            throw new InvalidFieldException("meetingTime", "联席会议时间须晚于现在");
        }
        if (meeting.isBefore(now.plus(properties.minimumNotice()))) {
            throw new InvalidFieldException("meetingTime", "联席会议时间须至少在 " + words(properties.minimumNotice())
                    + "之后，以便各部门报到");
        }
        LocalDateTime due = reportDue(now, Duration.parse(escalation.getReportInLimit()), meeting);
        for (String code : codes) {
            ledger.departments.save(new EscalationDepartment(escalationId, code, now, due));
        }
        escalation.setMeetingTime(meeting);
        escalation.setStatus(EscalationStatus.MEETING);
        ledger.record(escalationId, "SUMMONED", actor, "召集 " + String.join("、", ledger.names(codes)) + "，须于 "
                + due + " 前报到；会议时间 " + meeting);
        return ledger.date(meeting);
    }

    /** Report-in is due at the limit, or {@code report-in-lead} before the meeting if that is earlier. */
    LocalDateTime reportDue(LocalDateTime summonedAt, Duration limit, LocalDateTime meeting) {
        LocalDateTime byLimit = summonedAt.plus(limit);
        LocalDateTime beforeMeeting = meeting.minus(properties.reportInLead());
        return byLimit.isBefore(beforeMeeting) ? byLimit : beforeMeeting;
    }

    public List<String> summoned(long escalationId) {
        return ledger.summoned(escalationId);
    }

    public Date reportDue(long escalationId, String departmentCode) {
        return ledger.date(ledger.department(escalationId, departmentCode).getReportDue());
    }

    /** A summoned department reports in; any other is refused. */
    public void reportedIn(long escalationId, String departmentCode, String liaison, String actor) {
        EscalationDepartment department = ledger.department(escalationId, departmentCode);
        department.reportedIn(actor != null ? actor : liaison, ledger.now());
        ledger.record(escalationId, "REPORTED_IN", actor, departmentCode + " 报到，联络人 " + liaison
                + (department.isLate() ? "（超时）" : ""));
    }

    public void flagLate(long escalationId, String departmentCode) {
        ledger.department(escalationId, departmentCode).markLate();
        ledger.record(escalationId, "LATE", "系统", ledger.name(departmentCode) + " 未在时限内报到，已通报街道党工委");
    }

    /**
     * The meeting begins: report-in closes. A department that has not reported in is recorded as absent and late (its
     * report-in task closes with the meeting); one that reported in is not yet recorded as attending: the meeting's
     * record says who came.
     */
    public List<String> closeReportIn(long escalationId) {
        List<String> absent = new ArrayList<>();
        for (EscalationDepartment department : ledger.departments.findByEscalationIdOrderById(escalationId)) {
            if (department.getReportedAt() == null) {
                department.markLate();
                department.setAttended(false);
                absent.add(department.getDepartmentCode());
            }
        }
        if (!absent.isEmpty()) {
            ledger.record(escalationId, "ABSENT", "系统", String.join("、", ledger.names(absent))
                    + " 会议开始前未报到，记为缺席、迟到");
        }
        return absent;
    }

    private static String words(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " 小时" : minutes + " 分钟";
    }
}
