package cn.gongzhi.escalation.domain;

import cn.gongzhi.escalation.EscalationStatus;
import cn.gongzhi.petition.EscalationContract;
import cn.gongzhi.petition.EscalationContract.Grounds;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionService.OpenPetition;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.DepartmentRef;
import cn.gongzhi.registry.RegistryDirectory.Unit;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.Masking;
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
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    /** The form field of the related petitions a whistle takes up. */
    public static final String RELATED_PETITIONS = "relatedPetitions";

    /** An escalation registered at its start; {@code bundled}: the petition joined an open escalation instead. */
    public record Registered(long escalationId, String number, String communityCode, String streetCode,
            String category, boolean bundled, boolean whistleFiled) {}

    /** Petitions to answer, with the answer. */
    public record Answer(List<String> petitionNumbers, String outcome) {}

    /** A department by code and name, as the forms offer it. */
    public record DepartmentChoice(String code, String name) {}

    /** One row of the joint meeting's commitments as submitted: the department, the measure, the due date. */
    public record CommitmentEntry(String department, String measure, String dueDate) {}

    /** One row of the evaluation as submitted: the department and its three scores. */
    public record RatingEntry(String department, Object onTime, Object effective, Object cooperative) {}

    /** A convened department as the forms show it: who reported in, and when it was due. */
    public record Convened(String code, String name, LocalDateTime reportDue, LocalDateTime reportedAt, boolean late,
            Boolean attended) {}

    /** The case every form of the escalation shows, names resolved, free text as recorded (masked). */
    public record CaseView(String number, String categoryName, String communityName, String reason,
            String triedSoFar, String instructions, LocalDateTime meetingTime, List<String> petitions,
            List<Convened> departments) {}

    private final EscalationRepository escalations;
    private final EscalationPetitionRepository petitions;
    private final EscalationDepartmentRepository departments;
    private final CommitmentRepository commitments;
    private final EscalationEventRepository events;
    private final RegistryService registry;
    private final PetitionService petitionService;
    private final Clock clock;
    private final EscalationProperties properties;

    EscalationRecords(EscalationRepository escalations, EscalationPetitionRepository petitions,
            EscalationDepartmentRepository departments, CommitmentRepository commitments,
            EscalationEventRepository events, RegistryService registry, PetitionService petitionService,
            Clock clock, EscalationProperties properties) {
        this.escalations = escalations;
        this.petitions = petitions;
        this.departments = departments;
        this.commitments = commitments;
        this.events = events;
        this.registry = registry;
        this.petitionService = petitionService;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Registers the escalation. From a petition: joins an open escalation of the same community and category if
     * there is one (one escalation, several petitions), else opens one. By hand: the start form is the whistle.
     */
    public Registered register(Map<String, Object> form, List<String> relatedPetitions, String actor,
            String processInstanceId) {
        Text text = new Text(form);
        String petition = text.optional(EscalationContract.PETITION_NUMBER.name(), 20);
        String communityCode = text.required(CommonVariables.COMMUNITY_CODE.name(), "请选择社区（村）", 32);
        CommunityRef community = registry.community(communityCode)
                .orElseThrow(() -> new InvalidFieldException("community", "没有这个社区（村），请从列表中选择"));
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
        whistle(escalation, text, relatedPetitions, actor);
        return registered(escalation, false, true);
    }

    /** Refuses (400 naming the field) a category the catalogue does not have: checked as soon as a whistle starts. */
    @Transactional(readOnly = true)
    public void requireCategory(String category) {
        if (category == null || category.isBlank()) {
            throw new InvalidFieldException("category", "请选择事项类别");
        }
        if (petitionService.categories().stream().noneMatch(c -> c.code().equals(category))) {
            throw new InvalidFieldException("category", "未知的事项类别：" + category);
        }
    }

    /** The community Party organisation files the whistle: reason, what was tried, other petitions on the matter. */
    public void whistle(long escalationId, Map<String, Object> form, List<String> relatedPetitions, String actor) {
        whistle(load(escalationId), new Text(form), relatedPetitions, actor);
    }

    private void whistle(Escalation escalation, Text text, List<String> relatedPetitions, String actor) {
        String reason = text.required("reason", "请说明社区无法单独解决的原因", 2000);
        String tried = text.required("triedSoFar", "请说明社区已采取的措施", 2000);
        Set<String> open = new HashSet<>(openPetitions(escalation.getCommunityCode()).stream()
                .map(OpenPetition::number).toList());
        for (String petition : relatedPetitions) {
            if (!open.contains(petition)) {
                throw new InvalidFieldException(RELATED_PETITIONS, "诉求 " + petition + " 不是本社区未办结的诉求："
                        + "只能并入本社区的诉求");
            }
        }
        relatedPetitions.forEach(petition -> link(escalation, petition));
        escalation.whistle(reason, tried);
        escalation.setStatus(EscalationStatus.CONVENING);
        record(escalation.getId(), "WHISTLE", actor, reason);
    }

    /** A community's petitions still open, which a whistle may take up. */
    @Transactional(readOnly = true)
    public List<OpenPetition> openPetitions(String communityCode) {
        return petitionService.openPetitions(communityCode);
    }

    /** The open petitions a whistle of this escalation may still take up: not already part of it. */
    @Transactional(readOnly = true)
    public List<OpenPetition> relatablePetitions(long escalationId) {
        Escalation escalation = load(escalationId);
        Set<String> linked = new HashSet<>(petitions.findByEscalationIdOrderById(escalationId).stream()
                .map(EscalationPetition::getPetitionNumber).toList());
        return openPetitions(escalation.getCommunityCode()).stream().filter(p -> !linked.contains(p.number()))
                .toList();
    }

    /** What the handler wrote when she asked for the whistle, if the escalation came from a petition. */
    @Transactional(readOnly = true)
    public Optional<Grounds> grounds(long escalationId) {
        return petitions.findByEscalationIdOrderById(escalationId).stream().findFirst()
                .flatMap(p -> petitionService.escalationGrounds(p.getPetitionNumber()));
    }

    /** The street Party working committee convenes, or sends the matter back with instructions. */
    public String decideConvening(long escalationId, Map<String, Object> form, String actor) {
        Text text = new Text(form);
        Object decision = form.get("convene");
        if (!CONVENE.equals(decision) && !RETURN.equals(decision)) {
            throw new InvalidFieldException("convene", "请选择召集联席会议，或退回社区");
        }
        String note = text.required("instructions", CONVENE.equals(decision) ? "请填写召集意见" : "请填写对社区的指导意见", 2000);
        // the street's instructions, to the community when it sends the matter back, to the meeting when it convenes
        load(escalationId).setInstructions(note);
        record(escalationId, CONVENE.equals(decision) ? "CONVENED" : "SENT_BACK", actor, note);
        return (String) decision;
    }

    /** The departments whose registered duties include the duties the decision named; the street's own first. */
    public List<String> proposeDepartments(long escalationId, String dutyCodes, String reportInLimit) {
        Escalation escalation = load(escalationId);
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
        String street = load(escalationId).getStreetCode();
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
        Escalation escalation = load(escalationId);
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
        if (meetingTime == null || meetingTime.isBlank()) {
            throw new InvalidFieldException("meetingTime", "请选择联席会议时间");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime meeting = dateTime(meetingTime.trim());
        if (!meeting.isAfter(now)) {
            throw new InvalidFieldException("meetingTime", "联席会议时间须晚于现在");
        }
        if (meeting.isBefore(now.plus(properties.getMinimumNotice()))) {
            throw new InvalidFieldException("meetingTime", "联席会议时间须至少在 " + words(properties.getMinimumNotice())
                    + "之后，以便各部门报到");
        }
        LocalDateTime due = reportDue(now, Duration.parse(escalation.getReportInLimit()), meeting);
        for (String code : codes) {
            departments.save(new EscalationDepartment(escalationId, code, now, due));
        }
        escalation.setMeetingTime(meeting);
        escalation.setStatus(EscalationStatus.MEETING);
        record(escalationId, "SUMMONED", actor, "召集 " + String.join("、", names(codes)) + "，须于 " + due
                + " 前报到；会议时间 " + meeting);
        return date(meeting);
    }

    /** Report-in is due at the limit, or {@code report-in-lead} before the meeting if that is earlier. */
    LocalDateTime reportDue(LocalDateTime summonedAt, Duration limit, LocalDateTime meeting) {
        LocalDateTime byLimit = summonedAt.plus(limit);
        LocalDateTime beforeMeeting = meeting.minus(properties.getReportInLead());
        return byLimit.isBefore(beforeMeeting) ? byLimit : beforeMeeting;
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
        record(escalationId, "LATE", "系统", name(departmentCode) + " 未在时限内报到，已通报街道党工委");
    }

    /**
     * The meeting begins: report-in closes. A department that has not reported in is recorded as absent and late (its
     * report-in task closes with the meeting); one that reported in is not yet recorded as attending: the meeting's
     * record says who came.
     */
    public List<String> closeReportIn(long escalationId) {
        List<String> absent = new ArrayList<>();
        for (EscalationDepartment department : departments.findByEscalationIdOrderById(escalationId)) {
            if (department.getReportedAt() == null) {
                department.markLate();
                department.setAttended(false);
                absent.add(department.getDepartmentCode());
            }
        }
        if (!absent.isEmpty()) {
            record(escalationId, "ABSENT", "系统", String.join("、", names(absent)) + " 会议开始前未报到，记为缺席、迟到");
        }
        return absent;
    }

    /** The joint meeting: which convened departments attended and each department's commitments, one per row. */
    public void recordMeeting(long escalationId, Collection<String> attended, List<CommitmentEntry> rows,
            String minutesText, String actor) {
        Escalation escalation = load(escalationId);
        List<String> summoned = summoned(escalationId);
        for (String code : attended) {
            if (!summoned.contains(code)) {
                throw new InvalidFieldException("attendance", "到会部门只能从召集的部门中选择");
            }
        }
        String minutes = new Text(Map.of("minutes", minutesText == null ? "" : minutesText))
                .required("minutes", "请填写会议记录", 4000);
        List<Commitment> made = new ArrayList<>();
        int row = 0;
        for (CommitmentEntry entry : rows) {
            row++;
            String at = "第 " + row + " 项承诺：";
            if (entry.department() == null || entry.department().isBlank()) {
                throw new InvalidFieldException("commitments", at + "请选择承诺部门");
            }
            if (!summoned.contains(entry.department())) {
                throw new InvalidFieldException("commitments", at + "承诺部门只能从召集的部门中选择");
            }
            String measure = new Text(Map.of("commitments", entry.measure() == null ? "" : entry.measure()))
                    .required("commitments", at + "请填写措施", 1000);
            if (entry.dueDate() == null || entry.dueDate().isBlank()) {
                throw new InvalidFieldException("commitments", at + "请选择完成日期");
            }
            LocalDate deadline;
            try {
                deadline = LocalDate.parse(entry.dueDate().trim().length() > 10 ? entry.dueDate().trim().substring(0, 10)
                        : entry.dueDate().trim());
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException("commitments", at + "完成日期无效");
            }
            if (deadline.isBefore(LocalDate.now(clock))) {
                throw new InvalidFieldException("commitments", at + name(entry.department()) + "的完成日期 " + deadline
                        + " 已经过去");
            }
            made.add(new Commitment(escalationId, entry.department(), measure, deadline));
        }
        if (made.isEmpty()) {
            throw new InvalidFieldException("commitments", "至少需要一项承诺");
        }
        summoned.forEach(code -> department(escalationId, code).setAttended(attended.contains(code)));
        commitments.saveAll(made);
        escalation.setMeetingMinutes(minutes);
        escalation.setStatus(EscalationStatus.SUPERVISING);
        record(escalationId, "MEETING", actor, minutes);
        String decision = decision(made);
        petitions.findByEscalationIdOrderById(escalationId).stream().filter(p -> !p.isResumed())
                .forEach(p -> petitionService.jointMeetingDecided(p.getPetitionNumber(), decision));
    }

    /**
     * The joint meeting's decision as the residents read it: each department by name with its commitment and the date
     * it is due, masked.
     */
    static String decision(List<Commitment> made, Function<String, String> names) {
        return made.stream().map(c -> names.apply(c.getDepartmentCode()) + "：" + Masking.oneLine(c.getAction(), 60)
                + "（" + c.getDeadline() + " 前完成）").collect(Collectors.joining("；"));
    }

    private String decision(List<Commitment> made) {
        return decision(made, this::name);
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
    public void evaluate(long escalationId, List<RatingEntry> rows, Map<String, Object> form, Starter evaluator) {
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
        List<int[]> scores = new ArrayList<>();
        for (RatingEntry entry : rows) {
            if (entry.department() == null || !summoned.contains(entry.department())) {
                throw new InvalidFieldException("ratings", "只能为召集的部门评分");
            }
            String who = name(entry.department());
            if (!rated.add(entry.department())) {
                throw new InvalidFieldException("ratings", who + "只能评分一次");
            }
            scores.add(new int[] {score(entry.onTime(), who, "准时"), score(entry.effective(), who, "成效"),
                    score(entry.cooperative(), who, "配合")});
        }
        if (!rated.containsAll(summoned)) {
            throw new InvalidFieldException("ratings", "还需为这些部门评分：" + String.join("、",
                    names(summoned.stream().filter(c -> !rated.contains(c)).toList())));
        }
        String outcome = text.required("outcome", "请填写办理结果", 2000);
        int i = 0;
        for (String code : rated) {
            int[] s = scores.get(i++);
            department(escalationId, code).rate(s[0], s[1], s[2]);
        }
        Escalation escalation = load(escalationId);
        escalation.setOutcome(outcome);
        escalation.setStatus(EscalationStatus.EVALUATING);
        record(escalationId, "EVALUATED", actor, escalation.getOutcome());
    }

    /** The case as every form of the escalation shows it: names from the registry and the catalogue, text masked. */
    @Transactional(readOnly = true)
    public CaseView caseView(long escalationId) {
        Escalation e = load(escalationId);
        String category = petitionService.categories().stream().filter(c -> c.code().equals(e.getCategoryCode()))
                .map(c -> c.name()).findFirst().orElse(e.getCategoryCode());
        String community = registry.community(e.getCommunityCode()).map(CommunityRef::name)
                .orElse(e.getCommunityCode());
        List<Convened> convened = departments.findByEscalationIdOrderById(escalationId).stream()
                .map(d -> new Convened(d.getDepartmentCode(), name(d.getDepartmentCode()), d.getReportDue(),
                        d.getReportedAt(), d.isLate(), d.getAttended())).toList();
        return new CaseView(e.getNumber(), category, community, Masking.text(e.getReason()),
                Masking.text(e.getTriedSoFar()), Masking.text(e.getInstructions()), e.getMeetingTime(),
                petitions.findByEscalationIdOrderById(escalationId).stream().map(EscalationPetition::getPetitionNumber)
                        .toList(), convened);
    }

    /** A commitment as the department's and the committee's forms show it: department name, measure, due date. */
    @Transactional(readOnly = true)
    public String commitmentText(long commitmentId) {
        Commitment c = commitment(commitmentId);
        return name(c.getDepartmentCode()) + "：" + Masking.text(c.getAction()) + "（" + c.getDeadline() + " 前完成）";
    }

    /** The longest matter summary in an outcome notice's title. */
    static final int TITLE_MATTER_MAX = 30;

    /**
     * The outcome notice's title names the matter: the first petition's words (one line, masked, shortened), or for
     * a whistle without petitions its reason, or else the category by name.
     */
    public String outcomeTitle(long escalationId) {
        Escalation escalation = load(escalationId);
        String matter = petitions.findByEscalationIdOrderById(escalationId).stream().findFirst()
                .flatMap(p -> petitionService.matterSummary(p.getPetitionNumber(), TITLE_MATTER_MAX))
                .filter(s -> !s.isBlank())
                .orElseGet(() -> escalation.getReason() != null && !escalation.getReason().isBlank()
                        ? Masking.oneLine(escalation.getReason(), TITLE_MATTER_MAX)
                        : petitionService.categories().stream().filter(c -> c.code().equals(escalation.getCategoryCode()))
                                .map(c -> c.name()).findFirst().orElse(escalation.getNumber()));
        return "吹哨办理结果：" + matter.replaceAll("[。；，.;,\\s]+$", "");
    }

    /** What the outcome notice is about: the escalation's number and every petition it took up. */
    public String outcomeSubjects(long escalationId) {
        Escalation escalation = load(escalationId);
        List<String> subjects = new ArrayList<>();
        subjects.add(escalation.getNumber());
        petitions.findByEscalationIdOrderById(escalationId).forEach(p -> subjects.add(p.getPetitionNumber()));
        return String.join(",", subjects);
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
            throw new InvalidFieldException("meetingTime", "请用日期时间选择器选择联席会议时间");
        }
    }

    private static int score(Object value, String department, String aspect) {
        String text = value == null ? "" : value.toString().trim();
        if (text.isEmpty()) {
            throw new InvalidFieldException("ratings", department + "的“" + aspect + "”还没有评分");
        }
        try {
            double number = Double.parseDouble(text);
            if (number == Math.rint(number) && number >= 1 && number <= 5) {
                return (int) number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidFieldException("ratings", department + "的“" + aspect + "”评分须是 1 到 5 的整数");
    }

    /** A department's name from the registry (its code if it is gone). */
    public String name(String departmentCode) {
        return registry.department(departmentCode).map(DepartmentRef::name).orElse(departmentCode);
    }

    private List<String> names(Collection<String> codes) {
        return codes.stream().map(this::name).toList();
    }

    private static String words(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " 小时" : minutes + " 分钟";
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
