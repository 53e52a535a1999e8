package cn.gongzhi.escalation.domain;

import cn.gongzhi.escalation.EscalationStatus;
import cn.gongzhi.petition.EscalationContract;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.DepartmentRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.Starter;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each step of processes/JointMeetingEscalationProcess.bpmn does to the escalation record. */
@Service
@Transactional
public class EscalationRecords {

    public static final String CONVENE = "CONVENE";
    public static final String RETURN = "RETURN";
    private static final List<EscalationStatus> OPEN = List.of(EscalationStatus.WHISTLE, EscalationStatus.CONVENING,
            EscalationStatus.MEETING, EscalationStatus.SUPERVISING);
    /** One commitment per line: department code, action, deadline (e.g. {@code water：更换主管道；2026-12-10}). */
    private static final Pattern COMMITMENT = Pattern.compile("^\\s*([a-z][a-z0-9-]*)\\s*[:：]\\s*(.+?)\\s*[;；]\\s*(\\d{4}-\\d{2}-\\d{2})\\s*$");
    /** One rating per line: department code, then on time, effective, cooperative from 1 to 5. */
    private static final Pattern RATING = Pattern.compile("^\\s*([a-z][a-z0-9-]*)\\s*[:：]\\s*([1-5])\\s*[,，]\\s*([1-5])\\s*[,，]\\s*([1-5])\\s*$");

    /** An escalation registered at its start; {@code bundled}: the petition joined an open escalation instead. */
    public record Registered(long escalationId, String number, String communityCode, String streetCode,
            String category, boolean bundled, boolean whistleFiled) {}

    /** Petitions to answer, with the answer. */
    public record Answer(List<String> petitionNumbers, String outcome) {}

    private final EscalationRepository escalations;
    private final EscalationPetitionRepository petitions;
    private final EscalationDepartmentRepository departments;
    private final CommitmentRepository commitments;
    private final EscalationEventRepository events;
    private final RegistryService registry;
    private final PetitionService petitionService;
    private final Clock clock;

    EscalationRecords(EscalationRepository escalations, EscalationPetitionRepository petitions,
            EscalationDepartmentRepository departments, CommitmentRepository commitments,
            EscalationEventRepository events, RegistryService registry, PetitionService petitionService,
            Clock clock) {
        this.escalations = escalations;
        this.petitions = petitions;
        this.departments = departments;
        this.commitments = commitments;
        this.events = events;
        this.registry = registry;
        this.petitionService = petitionService;
        this.clock = clock;
    }

    /**
     * Registers the escalation. From a petition: joins an open escalation of the same community and category if
     * there is one (one escalation, several petitions), else opens one. By hand: the start form is the whistle.
     */
    public Registered register(Map<String, Object> form, String actor, String processInstanceId) {
        Text text = new Text(form);
        String petition = text.optional(EscalationContract.PETITION_NUMBER.name(), 20);
        String communityCode = text.required(CommonVariables.COMMUNITY_CODE.name(), "请填写社区（村）编码", 32);
        CommunityRef community = registry.community(communityCode)
                .orElseThrow(() -> new InvalidFieldException(CommonVariables.COMMUNITY_CODE.name(), "未知的社区（村）：" + communityCode));
        String category = text.required("category", "请选择事项类别", 48);
        if (petitionService.categories().stream().noneMatch(c -> c.code().equals(category))) {
            throw new InvalidFieldException("category", "未知的事项类别：" + category);
        }
        if (petition != null) {
            List<Escalation> open = escalations.findByCommunityCodeAndCategoryCodeAndStatusIn(communityCode, category,
                    OPEN);
            if (!open.isEmpty()) {
                Escalation existing = open.get(0);
                link(existing, petition);
                record(existing.getId(), "BUNDLED", "系统", "诉求 " + petition + " 并入本次吹哨");
                return registered(existing, true, true);
            }
        }
        Escalation escalation = escalations.saveAndFlush(new Escalation(communityCode, community.streetCode(),
                category, petition != null ? "PETITION" : "MANUAL", actor != null ? actor : "系统",
                LocalDateTime.now(clock), processInstanceId));
        escalation.assignNumber();
        if (petition != null) {
            link(escalation, petition);
            record(escalation.getId(), "OPENED", "系统", "诉求 " + petition + " 提请吹哨");
            return registered(escalation, false, false);
        }
        whistle(escalation, text, actor);
        return registered(escalation, false, true);
    }

    /** The community Party organisation files the whistle: reason, what was tried, other petitions on the matter. */
    public void whistle(long escalationId, Map<String, Object> form, String actor) {
        whistle(load(escalationId), new Text(form), actor);
    }

    private void whistle(Escalation escalation, Text text, String actor) {
        String reason = text.required("reason", "请说明社区无法单独解决的原因", 2000);
        String tried = text.required("triedSoFar", "请说明社区已采取的措施", 2000);
        String more = text.optional("petitionNumbers", 500);
        if (more != null) {
            for (String number : more.split("[,，\\s]+")) {
                if (!number.isBlank()) {
                    String petition = number.trim().toUpperCase();
                    if (petitionService.find(petition).filter(p -> p.communityCode()
                            .equals(escalation.getCommunityCode())).isEmpty()) {
                        throw new InvalidFieldException("petitionNumbers", "本社区没有诉求 " + petition
                                + "：只能并入本社区的诉求");
                    }
                    link(escalation, petition);
                }
            }
        }
        escalation.whistle(reason, tried);
        escalation.setStatus(EscalationStatus.CONVENING);
        record(escalation.getId(), "WHISTLE", actor, reason);
    }

    /** The street Party working committee convenes, or sends the matter back with instructions. */
    public String decideConvening(long escalationId, Map<String, Object> form, String actor) {
        Text text = new Text(form);
        Object decision = form.get("convene");
        if (!CONVENE.equals(decision) && !RETURN.equals(decision)) {
            throw new InvalidFieldException("convene", "请选择召集联席会议，或退回社区");
        }
        String note = text.required("instructions", CONVENE.equals(decision) ? "请填写召集意见" : "请填写对社区的指导意见", 2000);
        Escalation escalation = load(escalationId);
        if (RETURN.equals(decision)) {
            escalation.setInstructions(note);
        }
        record(escalationId, CONVENE.equals(decision) ? "CONVENED" : "SENT_BACK", actor, note);
        return (String) decision;
    }

    /** The departments whose registered duties include the duties the decision named; the street's own first. */
    public String proposeDepartments(long escalationId, String dutyCodes, String reportInLimit) {
        Escalation escalation = load(escalationId);
        escalation.setReportInLimit(reportInLimit);
        Set<String> proposed = new LinkedHashSet<>();
        for (String duty : dutyCodes.split(",")) {
            registry.departmentsWithDuty(duty.trim(), escalation.getStreetCode()).stream().limit(1)
                    .map(DepartmentRef::code).forEach(proposed::add);
        }
        return String.join(",", proposed);
    }

    /** Summons the confirmed departments; each must report in within the limit. Returns the meeting time. */
    public Date confirmDepartments(long escalationId, Map<String, Object> form, String actor) {
        Escalation escalation = load(escalationId);
        Text text = new Text(form);
        List<String> codes = codes(text.required("departmentCodes", "请填写召集的职能部门编码（逗号分隔）", 500));
        for (String code : codes) {
            if (registry.department(code).isEmpty()) {
                throw new InvalidFieldException("departmentCodes", "未知的职能部门：" + code);
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime meeting = dateTime(text.required("meetingTime", "请填写联席会议时间", 40));
        if (!meeting.isAfter(now)) {
            throw new InvalidFieldException("meetingTime", "联席会议时间须晚于现在");
        }
        LocalDateTime due = now.plus(Duration.parse(escalation.getReportInLimit()));
        for (String code : codes) {
            departments.save(new EscalationDepartment(escalationId, code, now, due));
        }
        escalation.setMeetingTime(meeting);
        escalation.setStatus(EscalationStatus.MEETING);
        record(escalationId, "SUMMONED", actor, "召集 " + String.join("、", codes) + "，须于 " + due + " 前报到；会议时间 "
                + meeting);
        return date(meeting);
    }

    public List<String> summoned(long escalationId) {
        return departments.findByEscalationIdOrderById(escalationId).stream()
                .map(EscalationDepartment::getDepartmentCode).toList();
    }

    public Date reportDue(long escalationId, String departmentCode) {
        return date(department(escalationId, departmentCode).getReportDue());
    }

    /** A summoned department reports in; any other is refused. */
    public void reportedIn(long escalationId, String departmentCode, Map<String, Object> form, String actor) {
        String liaison = new Text(form).required("liaisonName", "请填写报到联络人", 50);
        EscalationDepartment department = department(escalationId, departmentCode);
        department.reportedIn(actor != null ? actor : liaison, LocalDateTime.now(clock));
        record(escalationId, "REPORTED_IN", actor, departmentCode + " 报到，联络人 " + liaison
                + (department.isLate() ? "（超时）" : ""));
    }

    public void flagLate(long escalationId, String departmentCode) {
        department(escalationId, departmentCode).markLate();
        record(escalationId, "LATE", "系统", departmentCode + " 未在时限内报到，已通报街道党工委");
    }

    /** The joint meeting: who attended and each department's commitment, one per line. */
    public void recordMeeting(long escalationId, Map<String, Object> form, String actor) {
        Escalation escalation = load(escalationId);
        Text text = new Text(form);
        List<String> summoned = summoned(escalationId);
        List<String> attended = codes(text.required("attendance", "请填写到会部门编码（逗号分隔）", 500));
        for (String code : attended) {
            if (!summoned.contains(code)) {
                throw new InvalidFieldException("attendance", "部门 " + code + " 未被召集");
            }
        }
        String minutes = text.required("minutes", "请填写会议记录", 4000);
        String lines = text.required("commitments", "请逐行填写各部门的承诺：部门编码：措施；完成日期", 4000);
        List<Commitment> made = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = COMMITMENT.matcher(line);
            if (!m.matches()) {
                throw new InvalidFieldException("commitments", "无法识别：“" + line.trim() + "”。格式：部门编码：措施；2026-12-10");
            }
            if (!summoned.contains(m.group(1))) {
                throw new InvalidFieldException("commitments", "部门 " + m.group(1) + " 未被召集，不能作出承诺");
            }
            LocalDate deadline;
            try {
                deadline = LocalDate.parse(m.group(3));
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException("commitments", "日期无效：" + m.group(3));
            }
            if (deadline.isBefore(LocalDate.now(clock))) {
                throw new InvalidFieldException("commitments", m.group(1) + " 的完成日期 " + deadline + " 已经过去");
            }
            made.add(new Commitment(escalationId, m.group(1), m.group(2), deadline));
        }
        if (made.isEmpty()) {
            throw new InvalidFieldException("commitments", "至少需要一项承诺");
        }
        summoned.forEach(code -> department(escalationId, code).setAttended(attended.contains(code)));
        commitments.saveAll(made);
        escalation.setMeetingMinutes(minutes);
        escalation.setStatus(EscalationStatus.SUPERVISING);
        record(escalationId, "MEETING", actor, minutes);
    }

    public List<Long> openCommitments(long escalationId) {
        return commitments.findByEscalationIdOrderById(escalationId).stream()
                .filter(c -> !Commitment.DONE.equals(c.getStatus())).map(Commitment::getId).toList();
    }

    public String departmentOf(long commitmentId) {
        return commitment(commitmentId).getDepartmentCode();
    }

    /** A commitment is overdue when its deadline day has ended. */
    public Date deadlineOf(long commitmentId) {
        return date(commitment(commitmentId).getDeadline().plusDays(1).atStartOfDay());
    }

    public void commitmentDone(long commitmentId, Map<String, Object> form, String actor) {
        Commitment commitment = commitment(commitmentId);
        commitment.done(new Text(form).required("completionReport", "请填写完成情况", 2000), LocalDateTime.now(clock));
        record(commitment.getEscalationId(), "COMMITMENT_DONE", actor, commitment.getDepartmentCode() + "："
                + commitment.getAction());
    }

    public void commitmentOverdue(long commitmentId) {
        Commitment commitment = commitment(commitmentId);
        commitment.overdue(LocalDateTime.now(clock));
        record(commitment.getEscalationId(), "COMMITMENT_OVERDUE", "系统", commitment.getDepartmentCode() + " 的承诺“"
                + commitment.getAction() + "”已超期，通报街道党工委");
    }

    public void followedUp(long commitmentId, Map<String, Object> form, String actor) {
        Commitment commitment = commitment(commitmentId);
        record(commitment.getEscalationId(), "FOLLOWED_UP", actor,
                new Text(form).required("followUpNote", "请填写督办意见", 1000));
    }

    /**
     * The street rates each summoned department (on time, effective, cooperative, 1–5) and states the outcome. A
     * department does not rate itself: a liaison of a summoned department may not evaluate, even when she also sits
     * on the street committee.
     */
    public void evaluate(long escalationId, Map<String, Object> form, Starter evaluator) {
        String actor = evaluator == null ? null : evaluator.userId();
        Text text = new Text(form);
        List<String> summoned = summoned(escalationId);
        if (evaluator != null) {
            List<String> own = summoned.stream().filter(code -> evaluator.isIn("dept-" + code)
                    || departments.findByEscalationIdAndDepartmentCode(escalationId, code)
                            .map(d -> evaluator.userId().equals(d.getReportedBy())).orElse(false)).toList();
            if (!own.isEmpty()) {
                throw new StepRefused("部门评价须由街道作出，被评价部门的联络人不能评价：" + evaluator.userId() + " 是 "
                        + String.join("、", own) + " 的联络人");
            }
        }
        Set<String> rated = new LinkedHashSet<>();
        for (String line : text.required("ratings", "请逐行为各部门评分：部门编码：准时,成效,配合（1–5）", 2000).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = RATING.matcher(line);
            if (!m.matches()) {
                throw new InvalidFieldException("ratings", "无法识别：“" + line.trim() + "”。格式：部门编码：5,4,5");
            }
            if (!summoned.contains(m.group(1))) {
                throw new InvalidFieldException("ratings", "部门 " + m.group(1) + " 未被召集");
            }
            department(escalationId, m.group(1)).rate(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
            rated.add(m.group(1));
        }
        if (!rated.containsAll(summoned)) {
            throw new InvalidFieldException("ratings", "还需为这些部门评分：" + String.join("、",
                    summoned.stream().filter(c -> !rated.contains(c)).toList()));
        }
        Escalation escalation = load(escalationId);
        escalation.setOutcome(text.required("outcome", "请填写办理结果", 2000));
        escalation.setStatus(EscalationStatus.EVALUATING);
        record(escalationId, "EVALUATED", actor, escalation.getOutcome());
    }

    public String outcomeTitle(long escalationId) {
        Escalation escalation = load(escalationId);
        return "吹哨办理结果：" + escalation.getNumber();
    }

    public String outcomeContent(long escalationId) {
        return load(escalationId).getOutcome();
    }

    /** Closes the escalation; the petitions it answers resume with the outcome. */
    public Answer close(long escalationId) {
        Escalation escalation = load(escalationId);
        escalation.setStatus(EscalationStatus.CLOSED);
        escalation.setClosedAt(LocalDateTime.now(clock));
        record(escalationId, "CLOSED", "系统", null);
        return answer(escalation, "联席会议办理结果：" + escalation.getOutcome());
    }

    /** Sends the matter back to the community; the petitions resume with the street's instructions. */
    public Answer sendBack(long escalationId) {
        Escalation escalation = load(escalationId);
        escalation.setStatus(EscalationStatus.SENT_BACK);
        escalation.setClosedAt(LocalDateTime.now(clock));
        return answer(escalation, "街道党工委退回社区办理：" + escalation.getInstructions());
    }

    public void resumed(long escalationId, String petitionNumber) {
        petitions.findByEscalationIdOrderById(escalationId).stream()
                .filter(p -> p.getPetitionNumber().equals(petitionNumber)).forEach(EscalationPetition::markResumed);
    }

    /** Every step checks that the escalation it was given belongs to the instance it runs in. */
    @Transactional(readOnly = true)
    public void requireBound(long escalationId, String processInstanceId) {
        Escalation escalation = load(escalationId);
        if (!processInstanceId.equals(escalation.getProcessInstanceId())) {
            throw StepRefused.notBound("吹哨事项", escalation.getNumber(), processInstanceId);
        }
    }

    /** A commitment step checks that the commitment is one of its own escalation's. */
    @Transactional(readOnly = true)
    public void requireCommitmentOf(long commitmentId, long escalationId) {
        if (commitment(commitmentId).getEscalationId().longValue() != escalationId) {
            throw new StepRefused("承诺 " + commitmentId + " 不属于本吹哨事项，本步骤不能处理它");
        }
    }

    /** Everyone who worked the escalation: who opened it and who recorded any of its steps. */
    @Transactional(readOnly = true)
    public Set<String> participants(long escalationId) {
        Set<String> people = new HashSet<>();
        people.add(load(escalationId).getOpenedBy());
        events.findByEscalationIdOrderByOccurredAtAscIdAsc(escalationId).forEach(e -> people.add(e.getActor()));
        people.remove(null);
        people.remove("系统");
        return people;
    }

    public Escalation load(long escalationId) {
        return escalations.findById(escalationId).orElseThrow(() -> new RecordNotFoundException("吹哨事项", escalationId));
    }

    private Answer answer(Escalation escalation, String outcome) {
        return new Answer(petitions.findByEscalationIdOrderById(escalation.getId()).stream()
                .filter(p -> !p.isResumed()).map(EscalationPetition::getPetitionNumber).toList(), outcome);
    }

    private void link(Escalation escalation, String petition) {
        if (!petitions.existsByEscalationIdAndPetitionNumber(escalation.getId(), petition)) {
            petitions.save(new EscalationPetition(escalation.getId(), petition));
        }
    }

    private Registered registered(Escalation e, boolean bundled, boolean whistleFiled) {
        return new Registered(e.getId(), e.getNumber(), e.getCommunityCode(), e.getStreetCode(), e.getCategoryCode(),
                bundled, whistleFiled);
    }

    private EscalationDepartment department(long escalationId, String code) {
        return departments.findByEscalationIdAndDepartmentCode(escalationId, code)
                .orElseThrow(() -> new InvalidFieldException("departmentCode", "部门 " + code + " 未被召集"));
    }

    private Commitment commitment(long commitmentId) {
        return commitments.findById(commitmentId).orElseThrow(() -> new RecordNotFoundException("承诺", commitmentId));
    }

    private void record(long escalationId, String type, String actor, String note) {
        events.save(new EscalationEvent(escalationId, type, actor != null ? actor : "系统", LocalDateTime.now(clock),
                note));
    }

    private Date date(LocalDateTime time) {
        return Date.from(time.atZone(clock.getZone()).toInstant());
    }

    private LocalDateTime dateTime(String value) {
        try {
            if (value.length() > 16 && (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$"))) {
                return java.time.OffsetDateTime.parse(value).atZoneSameInstant(clock.getZone()).toLocalDateTime();
            }
            return LocalDateTime.parse(value.length() == 16 ? value + ":00" : value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("meetingTime", "时间格式应为 2026-12-01T09:30");
        }
    }

    private static List<String> codes(String text) {
        return Arrays.stream(text.split("[,，\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Text fields of a form, checked for length and markup. */
    private static final class Text {
        private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?]|javascript\\s*:",
                Pattern.CASE_INSENSITIVE);
        private final Map<String, Object> form;

        Text(Map<String, Object> form) {
            this.form = form;
        }

        String required(String key, String message, int max) {
            String value = optional(key, max);
            if (value == null) {
                throw new InvalidFieldException(key, message);
            }
            return value;
        }

        String optional(String key, int max) {
            Object raw = form.get(key);
            if (raw == null || raw.toString().isBlank()) {
                return null;
            }
            String value = raw.toString().trim();
            if (value.length() > max) {
                throw new InvalidFieldException(key, "不能超过 " + max + " 字");
            }
            if (MARKUP.matcher(value).find()) {
                throw new InvalidFieldException(key, "请只填写文字，不要包含 HTML 标记或脚本");
            }
            return value;
        }
    }
}
