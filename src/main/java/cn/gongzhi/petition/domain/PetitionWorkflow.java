package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionEventType;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.petition.PetitionSubmission;
import cn.gongzhi.registry.AccessListKind;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.AccessEntry;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.DepartmentRef;
import cn.gongzhi.registry.RegistryService.GridRef;
import cn.gongzhi.registry.RegistryService.WorkerRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.Starter;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each step of processes/ResidentPetitionProcess.bpmn does to the petition record and its timeline. The
 * process's delegates call these methods and nothing else.
 */
@Service
@Transactional
public class PetitionWorkflow {

    public static final String SYSTEM = "系统";

    /**
     * A petition registered from a Tasklist start form. {@code communityCode} and {@code communityType} are null while
     * the community is to be chosen in the recorder's first step.
     */
    public record Registered(long petitionId, String number, String communityCode, String communityType,
            String category) {}

    /** The matter as Tasklist's task rows show it: number, category and place by name (never an address). */
    public record Matter(String number, String category, String place, String summary) {}

    /** The due dates of the contact and handling steps and when each reminder fires. */
    public record Deadlines(Date firstContactDue, Date contactReminderAt, Date resolutionDue, Date handlingReminderAt) {}

    /** The access-list check: whether the community may take the matter, and otherwise to whom it goes back. */
    public record AccessDecision(boolean admissible, String departmentCode, String reason) {}

    /** What a callback leads to. */
    public enum CallbackVerdict { CLOSE, REOPEN, ESCALATE }

    private final PetitionRepository petitions;
    private final PetitionEventRepository events;
    private final PetitionCategoryRepository categories;
    private final PetitionIntake intake;
    private final PetitionIntakeRule intakeRule;
    private final PetitionAssignment assignment;
    private final RegistryService registry;
    private final PetitionProperties properties;
    private final Clock clock;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    PetitionWorkflow(PetitionRepository petitions, PetitionEventRepository events,
            PetitionCategoryRepository categories, PetitionIntake intake, PetitionIntakeRule intakeRule,
            PetitionAssignment assignment, RegistryService registry, PetitionProperties properties, Clock clock,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.petitions = petitions;
        this.events = events;
        this.categories = categories;
        this.intake = intake;
        this.intakeRule = intakeRule;
        this.assignment = assignment;
        this.registry = registry;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Records a petition entered through the Tasklist start form (a hotline operator or a worker at the desk). The
     * form names no community: it is the recorder's own when her login decides it ({@link PetitionIntakeRule#ownPlace},
     * with the grid she serves); otherwise the petition waits for her first step to choose it
     * ({@link #communitiesToChoose}, {@link #placeChosen}), its community pending.
     *
     * @param starter who entered it; null when the engine itself starts the instance
     */
    public Registered registerFromTasklist(Map<String, Object> form, Starter starter, String processInstanceId) {
        Optional<PetitionIntakeRule.OwnPlace> place = intakeRule.ownPlace(starter);
        PetitionSubmission submission = new PetitionSubmission(string(form, "category"),
                place.map(PetitionIntakeRule.OwnPlace::communityCode).orElse(null),
                place.map(PetitionIntakeRule.OwnPlace::gridCode).orElse(null), string(form, "location"), null, null,
                string(form, "description"), string(form, "petitionerName"), string(form, "petitionerPhone"),
                string(form, "petitionerIdNumber"), PetitionChannel.TASKLIST,
                starter != null ? starter.userId() : SYSTEM);
        Petition petition = place.isPresent() ? intake.record(submission, null)
                : intake.recordAwaitingCommunity(submission);
        petition.setProcessInstanceId(processInstanceId);
        if (petition.communityPending()) {
            petition.moveTo(PetitionStatus.RECEIVED, "已受理，待选择所在社区（村）", now());
            return new Registered(petition.getId(), petition.getNumber(), null, null, petition.getCategoryCode());
        }
        CommunityRef community = registry.community(petition.getCommunityCode()).orElseThrow();
        return new Registered(petition.getId(), petition.getNumber(), community.code(), community.type().name(),
                petition.getCategoryCode());
    }

    /** The communities the recorder of a petition may place it in, by name: her own, or all for the hotline. */
    @Transactional(readOnly = true)
    public List<CommunityRef> communitiesToChoose(Starter recorder) {
        return intakeRule.communitiesToChoose(recorder);
    }

    /** The grids of a community, by name, in the registry's order. */
    @Transactional(readOnly = true)
    public List<GridRef> gridsOf(String communityCode) {
        return registry.grids(communityCode);
    }

    /**
     * Places a petition whose community was pending in the community and grid its recorder chose (the caller checked
     * the community was one she was offered). A grid of another community is refused naming {@code gridField}.
     */
    public Registered placeChosen(long petitionId, String communityCode, String gridCode, String gridField,
            String actor) {
        Petition petition = load(petitionId);
        CommunityRef community = registry.community(communityCode).orElseThrow();
        String grid = intake.gridOf(community.code(), gridCode, gridField);
        petition.locate(community.code(), grid);
        record(petition, PetitionEventType.RECEIVED, actor != null ? actor : SYSTEM, "登记人选定所在地：" + place(petition),
                "已确定所在地：" + place(petition));
        petition.moveTo(PetitionStatus.RECEIVED, "已受理", now());
        return new Registered(petition.getId(), petition.getNumber(), community.code(), community.type().name(),
                petition.getCategoryCode());
    }

    /** Number, category and place by name, for Tasklist's task rows. */
    @Transactional(readOnly = true)
    public Matter matter(long petitionId) {
        Petition petition = load(petitionId);
        return new Matter(petition.getNumber(), categoryName(petition.getCategoryCode()), place(petition),
                Masking.oneLine(petition.getDescription(), 40));
    }

    /** The community and grid by name; "待选择社区（村）" while the recorder has not chosen it. */
    private String place(Petition petition) {
        if (petition.communityPending()) {
            return "待选择社区（村）";
        }
        String community = registry.community(petition.getCommunityCode()).map(CommunityRef::name)
                .orElse(petition.getCommunityCode());
        return petition.getGridCode() == null ? community : registry.grid(petition.getGridCode())
                .map(g -> community + " " + g.name()).orElse(community);
    }

    /**
     * Binds a petition filed through our APIs to the instance started for it. A petition is bound once: another
     * instance naming the same petition is refused.
     */
    public void linkProcess(long petitionId, String processInstanceId) {
        Petition petition = load(petitionId);
        if (petition.getProcessInstanceId() != null && !petition.getProcessInstanceId().equals(processInstanceId)) {
            throw StepRefused.notBound("诉求", petition.getNumber(), processInstanceId);
        }
        petition.setProcessInstanceId(processInstanceId);
    }

    /** Every step checks that the petition it was given belongs to the instance it runs in. */
    @Transactional(readOnly = true)
    public void requireBound(long petitionId, String processInstanceId) {
        Petition petition = load(petitionId);
        if (!processInstanceId.equals(petition.getProcessInstanceId())) {
            throw StepRefused.notBound("诉求", petition.getNumber(), processInstanceId);
        }
    }

    /** Records the dispatch decision and computes the due dates from the time of receipt. */
    public Deadlines dispatched(long petitionId, String handlingLevel, String urgency, String firstContactLimit,
            String resolutionLimit) {
        Petition petition = load(petitionId);
        petition.setHandlingLevel(handlingLevel);
        petition.setUrgency(urgency);
        Duration contact = Duration.parse(firstContactLimit);
        Duration resolution = Duration.parse(resolutionLimit);
        petition.setFirstContactDue(petition.getReceivedAt().plus(contact));
        petition.setResolutionDue(petition.getReceivedAt().plus(resolution));
        record(petition, PetitionEventType.DISPATCHED, SYSTEM, "办理层级 " + handlingLevel + "，" + urgency
                + "，首次联系时限 " + firstContactLimit + "，办结时限 " + resolutionLimit,
                "已分类为“" + categoryName(petition.getCategoryCode()) + "”，须在 "
                        + minute(petition.getResolutionDue()) + " 前办结");
        petition.moveTo(PetitionStatus.RECEIVED, "已分类派遣", now());
        return new Deadlines(date(petition.getFirstContactDue()), date(reminderAt(petition.getFirstContactDue(), contact)),
                date(petition.getResolutionDue()), date(reminderAt(petition.getResolutionDue(), resolution)));
    }

    /**
     * The access-list check (社区工作事项准入). A matter the community may not take goes back to the responsible
     * department with the reason, and the return is recorded for supervisors to count.
     */
    public AccessDecision checkAccessList(long petitionId) {
        Petition petition = load(petitionId);
        CommunityRef community = registry.community(petition.getCommunityCode()).orElseThrow();
        Optional<AccessEntry> entry = registry.accessEntry(community.code(), petition.getCategoryCode());
        List<DepartmentRef> responsible = registry.departmentsWithDuty(petition.getCategoryCode(),
                community.streetCode());
        String categoryName = categoryName(petition.getCategoryCode());
        AccessDecision decision;
        if (entry.isPresent() && entry.get().kind() == AccessListKind.NEGATIVE) {
            decision = returned(entry.get().departmentCode(), responsible,
                    "“" + entry.get().name() + "”列入本社区负面清单，不得交由社区承办。");
        } else if (entry.isPresent() && entry.get().kind() == AccessListKind.ASSISTANCE
                && entry.get().approvalReference() == null) {
            decision = returned(entry.get().departmentCode(), responsible,
                    "协助事项“" + entry.get().name() + "”尚无批准文号，未经准入不得交由社区承办。");
        } else if (entry.isPresent()) {
            decision = new AccessDecision(true, null, entry.get().kind() == AccessListKind.STATUTORY
                    ? "依法履职事项“" + entry.get().name() + "”"
                    : "协助事项“" + entry.get().name() + "”（" + entry.get().approvalReference() + "）");
        } else if (!responsible.isEmpty()) {
            decision = returned(null, responsible, "“" + categoryName + "”属" + responsible.get(0).name()
                    + "职责，且不在本社区准入清单内。");
        } else if ("DEPARTMENT".equals(petition.getHandlingLevel())) {
            decision = new AccessDecision(true, null, "“" + categoryName
                    + "”应由职能部门办理，但登记中没有承担该职责的部门：由社区先行办理并报街道。");
        } else {
            decision = new AccessDecision(true, null, "“" + categoryName + "”不在准入清单内，也无职能部门承担：由社区先行办理。");
        }
        if (decision.admissible()) {
            record(petition, PetitionEventType.ACCESS_CHECKED, SYSTEM, "准入核查：" + decision.reason());
        } else {
            String department = registry.department(decision.departmentCode()).map(DepartmentRef::name)
                    .orElse(decision.departmentCode());
            petition.setReturnDepartment(decision.departmentCode());
            petition.setHandlingUnit(department);
            String due = minute(petition.getResolutionDue());
            record(petition, PetitionEventType.RETURNED, SYSTEM, "退回" + department + "：" + decision.reason(),
                    "此事不属社区承办事项，已转交" + department + "办理，须在 " + due + " 前答复；" + department
                            + "答复后，社区会回访您。");
            petition.moveTo(PetitionStatus.RETURNED, "已转交" + department + "，须在 " + due + " 前答复", now());
        }
        return decision;
    }

    private AccessDecision returned(String listed, List<DepartmentRef> responsible, String reason) {
        String department = listed != null ? listed : responsible.isEmpty() ? null : responsible.get(0).code();
        if (department == null) {
            return new AccessDecision(true, null, reason + "但未登记负责部门：由社区先行办理并报街道。");
        }
        return new AccessDecision(false, department, reason);
    }

    /** Chooses the handling worker (see {@link PetitionAssignment}); null means the community's worker group. */
    public String assign(long petitionId) {
        Petition petition = load(petitionId);
        PetitionCategory category = categories.findById(petition.getCategoryCode()).orElseThrow();
        Optional<WorkerRef> worker = assignment.choose(petition.getCommunityCode(), petition.getGridCode(),
                category.getRequiredQualification());
        String communityName = registry.community(petition.getCommunityCode()).map(CommunityRef::name)
                .orElse(petition.getCommunityCode());
        if (worker.isPresent()) {
            registry.adjustCaseload(worker.get().username(), 1);
            petition.setAssignedWorker(worker.get().username());
            petition.setHandlingUnit(communityName);
            record(petition, PetitionEventType.ASSIGNED, SYSTEM, "派给 " + worker.get().name() + "（"
                    + worker.get().username() + "）", "已派给" + place(petition) + "的网格员");
        } else {
            petition.setHandlingUnit(communityName);
            record(petition, PetitionEventType.ASSIGNED, SYSTEM, "网格员无法承接（在办已满或资格不符），派至" + communityName
                    + "社区工作者组认领", "已派给" + communityName + "的社区工作者");
        }
        petition.moveTo(PetitionStatus.ASSIGNED, "已派单至" + communityName, now());
        return worker.map(WorkerRef::username).orElse(null);
    }

    public void reminded(long petitionId, PetitionStep step) {
        Petition petition = load(petitionId);
        LocalDateTime due = step == PetitionStep.CONTACT ? petition.getFirstContactDue() : petition.getResolutionDue();
        record(petition, PetitionEventType.REMINDED, SYSTEM, label(step) + "将于 " + due + " 到期");
    }

    public void overdue(long petitionId, PetitionStep step) {
        Petition petition = load(petitionId);
        record(petition, PetitionEventType.OVERDUE, SYSTEM, label(step) + "已超期，转督办负责人督办",
                label(step) + "已超过时限，已转督办负责人督办");
        meters.counter("gongzhi.petitions.overdue", "stage", step.name()).increment();
    }

    /** A line for the task list: category, place and the description, with phone and ID numbers masked. */
    public String taskSummary(long petitionId) {
        Petition p = load(petitionId);
        String text = p.getNumber() + " · " + categoryName(p.getCategoryCode()) + " · " + Masking.text(p.getLocation())
                + " · " + Masking.text(p.getDescription());
        return text.length() > 3900 ? text.substring(0, 3900) + "…" : text;
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the case's history shows on a form: the steps people took, in order. */
    private static final Set<PetitionEventType> SHOWN_STEPS = EnumSet.of(PetitionEventType.RETURNED,
            PetitionEventType.DEPARTMENT_RESPONDED, PetitionEventType.CONTACTED, PetitionEventType.OVERDUE,
            PetitionEventType.SUPERVISED, PetitionEventType.HANDLED, PetitionEventType.CALLED_BACK,
            PetitionEventType.REOPENED, PetitionEventType.ESCALATED, PetitionEventType.ESCALATION_RESOLVED);

    /**
     * The case a task's form shows when it opens (Markdown; {@code FormView.summary} masks it again): number, category,
     * place by name and the resident's words for it, the content, the petitioner masked, the time limits, and what
     * was done so far; for the step at hand what it needs besides: why a department got it back, who is overdue with
     * what, what to tell the resident on the callback (the measures, a joint meeting's outcome).
     */
    @Transactional(readOnly = true)
    public List<String> caseSummary(long petitionId, PetitionStep step) {
        Petition p = load(petitionId);
        List<PetitionEvent> timeline = events.findByPetitionIdOrderByOccurredAtAscIdAsc(p.getId());
        List<String> lines = new ArrayList<>();
        lines.add("#### 诉求 " + p.getNumber() + " · " + categoryName(p.getCategoryCode()));
        lines.add("- **地点**：" + place(p) + "，" + oneLine(p.getLocation()));
        lines.add("- **诉求内容**：" + oneLine(p.getDescription()));
        if (p.getPetitionerName() != null || p.getPetitionerPhone() != null) {
            lines.add("- **诉求人**：" + (p.getPetitionerName() == null ? "未留姓名" : Masking.name(p.getPetitionerName()))
                    + (p.getPetitionerPhone() == null ? "" : "，电话 " + Masking.phone(p.getPetitionerPhone()))
                    + "（请通过热线隐私号回拨）");
        }
        lines.add("- **受理时间**：" + minute(p.getReceivedAt()));
        if (p.getFirstContactDue() != null) {
            lines.add("- **首次联系时限**：" + minute(p.getFirstContactDue()) + "；**办结时限**："
                    + minute(p.getResolutionDue()));
        }
        switch (step) {
            case DEPARTMENT_RESPONSE -> last(timeline, EnumSet.of(PetitionEventType.RETURNED))
                    .ifPresent(e -> lines.add("\n##### 退回理由\n" + oneLine(e.getNote())));
            case SUPERVISION -> {
                lines.add("\n##### 超期情况");
                lines.add(p.getFirstContactedAt() == null
                        ? "- **首次联系已超期**：时限 " + minute(p.getFirstContactDue())
                        : "- **办结已超期**：时限 " + minute(p.getResolutionDue()));
                lines.add("- **办理人**：" + (p.getAssignedWorker() == null ? p.getHandlingUnit() + "社区工作者（尚未认领）"
                        : personName(p.getAssignedWorker())));
            }
            case CALLBACK -> {
                lines.add("\n##### 回访时向诉求人说明");
                last(timeline, EnumSet.of(PetitionEventType.HANDLED, PetitionEventType.DEPARTMENT_RESPONDED))
                        .ifPresent(e -> lines.add("- **办理措施**（" + personName(e.getActor()) + "）："
                                + oneLine(e.getNote())));
                last(timeline, EnumSet.of(PetitionEventType.ESCALATION_RESOLVED))
                        .ifPresent(e -> lines.add("- **联席会议办理结果**（请告知诉求人）：" + oneLine(e.getNote())));
            }
            default -> { }
        }
        List<String> history = timeline.stream().filter(e -> SHOWN_STEPS.contains(e.getType()))
                .map(e -> "- " + minute(e.getOccurredAt()) + " **" + e.getType().label() + "**（"
                        + personName(e.getActor()) + "）" + (e.getNote() == null ? "" : "：" + oneLine(e.getNote())))
                .toList();
        if (!history.isEmpty()) {
            lines.add("\n##### 办理经过");
            lines.addAll(history);
        }
        return lines;
    }

    private static Optional<PetitionEvent> last(List<PetitionEvent> timeline, Set<PetitionEventType> types) {
        PetitionEvent found = null;
        for (PetitionEvent event : timeline) {
            if (types.contains(event.getType())) {
                found = event;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A worker by her name; anyone else (a department's liaison, the system) as recorded. */
    private String personName(String login) {
        if (login == null) {
            return SYSTEM;
        }
        return registry.worker(login).map(WorkerRef::name).orElse(login);
    }

    private static String oneLine(String text) {
        return FormView.plain(text, "；");
    }

    private static String minute(LocalDateTime time) {
        return time == null ? "—" : time.format(MINUTE);
    }

    /**
     * Validates what a user task's form submitted and records it. Text fields go into the timeline; the process
     * keeps only what its gateways route on.
     *
     * @throws InvalidFieldException naming the form field that is missing or out of range
     */
    public void taskCompleted(long petitionId, PetitionStep step, String user, Map<String, Object> form) {
        Petition petition = load(petitionId);
        String actor = user != null ? user : SYSTEM;
        LocalDateTime now = now();
        switch (step) {
            case CONTACT -> {
                String note = requiredText(form, "contactNote", "请填写联系情况", 1000);
                if (petition.getFirstContactedAt() == null) {
                    petition.setFirstContactedAt(now);
                }
                record(petition, PetitionEventType.CONTACTED, actor, note, petition.getAssignedWorker() != null
                        ? "网格员已联系您" : "社区工作者已联系您");
                petition.moveTo(PetitionStatus.IN_PROGRESS, "已联系诉求人，办理中", now);
            }
            case HANDLING -> {
                String outcome = string(form, "handlingOutcome");
                if (!"RESOLVED".equals(outcome) && !"BEYOND_COMMUNITY".equals(outcome)) {
                    throw new InvalidFieldException("handlingOutcome", "请选择办理结果：已办理（RESOLVED）或超出社区能力（BEYOND_COMMUNITY）");
                }
                String measures = requiredText(form, "measures", "请填写采取的措施和办理结果", 2000);
                if ("BEYOND_COMMUNITY".equals(outcome)) {
                    String reason = requiredText(form, "escalationReason", "申请吹哨时请说明社区无法解决的原因", 1000);
                    record(petition, PetitionEventType.HANDLED, actor, measures + "\n申请吹哨：" + reason,
                            "社区已采取措施：" + summary(measures) + "；此事超出社区能力，正在申请街道吹哨");
                } else {
                    petition.setHandledAt(now);
                    record(petition, PetitionEventType.HANDLED, actor, measures, "已办理：" + summary(measures));
                    petition.moveTo(PetitionStatus.CALLBACK, "已办理，待回访", now);
                }
            }
            case CALLBACK -> {
                if (user != null && handledBy(petition).contains(user)) {
                    throw new StepRefused("回访须由联系和办理以外的工作人员完成：" + user
                            + " 已办理过诉求 " + petition.getNumber() + " 的联系或办理，不能回访");
                }
                Boolean resolved = yesOrNo(form.get("resolved"));
                if (resolved == null) {
                    throw new InvalidFieldException("resolved", "请选择诉求是否已解决");
                }
                int satisfaction = satisfaction(form.get("satisfaction"));
                String comment = optionalText(form, "callbackComment", 1000);
                petition.setResolved(resolved);
                petition.setSatisfaction(satisfaction);
                record(petition, PetitionEventType.CALLED_BACK, actor, (resolved ? "已解决" : "未解决")
                        + "，满意度 " + satisfaction + "/5" + (comment == null ? "" : "：" + comment),
                        "已回访，您评价 " + SATISFACTION_LABELS.get(satisfaction - 1) + "（" + (resolved ? "已解决" : "未解决")
                                + "）");
            }
            case DEPARTMENT_RESPONSE -> {
                String response = requiredText(form, "departmentResponse", "请填写部门的办理答复", 2000);
                petition.setHandledAt(now);
                record(petition, PetitionEventType.DEPARTMENT_RESPONDED, actor, response,
                        returnDepartmentName(petition) + "已答复：" + summary(response));
                petition.moveTo(PetitionStatus.CALLBACK, "职能部门已答复，待回访", now);
            }
            case SUPERVISION -> {
                String note = requiredText(form, "supervisionNote", "请填写督办意见", 1000);
                record(petition, PetitionEventType.SUPERVISED, actor, note, "督办负责人已督办");
            }
        }
    }

    /**
     * Who worked the petition: whoever completed its contact, its handling or a department's answer, from the
     * timeline (not who it was first assigned to: a task can change hands).
     */
    private Set<String> handledBy(Petition petition) {
        return events.findByPetitionIdOrderByOccurredAtAscIdAsc(petition.getId()).stream()
                .filter(e -> HANDLING_STEPS.contains(e.getType())).map(PetitionEvent::getActor)
                .collect(Collectors.toSet());
    }

    private static final Set<PetitionEventType> HANDLING_STEPS = EnumSet.of(
            PetitionEventType.CONTACTED, PetitionEventType.HANDLED, PetitionEventType.DEPARTMENT_RESPONDED);

    /** Decides what a callback leads to: closing, one more round of handling, or escalation. */
    public CallbackVerdict evaluateCallback(long petitionId) {
        Petition petition = load(petitionId);
        boolean failed = !Boolean.TRUE.equals(petition.getResolved())
                || petition.getSatisfaction() == null || petition.getSatisfaction() <= properties.unsatisfiedAtMost();
        if (!failed) {
            return CallbackVerdict.CLOSE;
        }
        return petition.getReopenCount() < properties.maxReopens() ? CallbackVerdict.REOPEN
                : CallbackVerdict.ESCALATE;
    }

    /** Sends the petition back to handling with a fresh resolution limit counted from now. */
    public Deadlines reopen(long petitionId, String resolutionLimit) {
        Petition petition = load(petitionId);
        petition.countReopen();
        Duration resolution = Duration.parse(resolutionLimit);
        LocalDateTime now = now();
        petition.setResolutionDue(now.plus(resolution));
        petition.setResolved(null);
        petition.setSatisfaction(null);
        record(petition, PetitionEventType.REOPENED, SYSTEM, "回访未通过，第 " + petition.getReopenCount()
                + " 次重新办理，办结时限至 " + petition.getResolutionDue(),
                "回访未通过，重新办理，须在 " + minute(petition.getResolutionDue()) + " 前办结");
        petition.moveTo(PetitionStatus.IN_PROGRESS, "回访未通过，重新办理", now);
        return new Deadlines(date(petition.getFirstContactDue()), date(petition.getFirstContactDue()),
                date(petition.getResolutionDue()), date(reminderAt(petition.getResolutionDue(), resolution)));
    }

    /** What the escalation starts with, taken from the petition record. */
    public record EscalationRequest(String number, String communityCode, String category, String requestedBy) {}

    public EscalationRequest escalationRequested(long petitionId) {
        Petition petition = load(petitionId);
        petition.countEscalation();
        record(petition, PetitionEventType.ESCALATED, SYSTEM, "社区党组织提请街道吹哨，召集职能部门联合办理",
                "社区党组织已提请街道吹哨，召集职能部门联合办理");
        petition.moveTo(PetitionStatus.ESCALATED, "已提请街道吹哨", now());
        return new EscalationRequest(petition.getNumber(), petition.getCommunityCode(), petition.getCategoryCode(),
                petition.getAssignedWorker());
    }

    public void escalationResolved(long petitionId, String outcome) {
        Petition petition = load(petitionId);
        String said = outcome == null || outcome.isBlank() ? "联席会议已办结" : outcome;
        record(petition, PetitionEventType.ESCALATION_RESOLVED, SYSTEM, said,
                withoutClosingStop(Masking.oneLine(FormView.plain(said, "；"), PUBLIC_DECISION_MAX))
                        + "；社区会回访您，听取您的意见");
        petition.moveTo(PetitionStatus.CALLBACK, "吹哨办结，待回访", now());
    }

    /**
     * The street's joint meeting decided what each department does by when: the resident's timeline shows it at once,
     * while the petition waits for the escalation's outcome. A petition already closed or resumed records nothing.
     */
    public void jointMeetingDecided(String petitionNumber, String decision) {
        petitions.findByNumber(petitionNumber).filter(p -> p.getStatus() == PetitionStatus.ESCALATED)
                .ifPresent(petition -> {
                    record(petition, PetitionEventType.JOINT_MEETING_DECIDED, SYSTEM, decision,
                            "街道联席会议已决定：" + Masking.oneLine(decision, PUBLIC_DECISION_MAX));
                    petition.moveTo(PetitionStatus.ESCALATED, "联席会议已决定，督办落实中", now());
                });
    }

    public void close(long petitionId) {
        Petition petition = load(petitionId);
        LocalDateTime now = now();
        petition.setClosedAt(now);
        if (petition.getAssignedWorker() != null) {
            registry.adjustCaseload(petition.getAssignedWorker(), -1);
        }
        record(petition, PetitionEventType.CLOSED, SYSTEM, "诉求办结", "已办结");
        meters.counter("gongzhi.petitions.closed").increment();
        petition.moveTo(PetitionStatus.CLOSED, "已办结", now);
    }

    Petition load(long petitionId) {
        return petitions.findById(petitionId).orElseThrow(() -> new RecordNotFoundException("诉求", petitionId));
    }

    private void record(Petition petition, PetitionEventType type, String actor, String note) {
        record(petition, type, actor, note, null);
    }

    private void record(Petition petition, PetitionEventType type, String actor, String note, String publicNote) {
        events.save(new PetitionEvent(petition.getId(), type, actor, now(), note,
                publicNote == null ? null : Masking.oneLine(publicNote, PUBLIC_NOTE_COLUMN)));
    }

    /** The public note's column (V10). */
    static final int PUBLIC_NOTE_COLUMN = 1000;
    /** How much of a worker's or department's own words the resident's timeline shows. */
    static final int PUBLIC_SUMMARY_MAX = 80;
    /** How much of a joint meeting's decision (departments, commitments and deadlines) the timeline shows. */
    static final int PUBLIC_DECISION_MAX = 300;

    /** The satisfaction scale 1–5 as the resident chose it on the phone. */
    static final List<String> SATISFACTION_LABELS = List.of("非常不满意", "不满意", "基本满意", "满意", "非常满意");

    /** What was done, as the resident's timeline shows it: one line, masked, shortened, without closing stops. */
    static String summary(String text) {
        return withoutClosingStop(Masking.oneLine(FormView.plain(text, "；"), PUBLIC_SUMMARY_MAX));
    }

    private static String withoutClosingStop(String line) {
        return line.replaceAll("[。；，.;,\\s]+$", "");
    }

    private String returnDepartmentName(Petition petition) {
        return petition.getReturnDepartment() == null ? "职能部门" : registry.department(petition.getReturnDepartment())
                .map(DepartmentRef::name).orElse(petition.getReturnDepartment());
    }

    private String categoryName(String code) {
        return categories.findById(code).map(PetitionCategory::getName).orElse(code);
    }

    private LocalDateTime reminderAt(LocalDateTime due, Duration limit) {
        Duration lead = limit.multipliedBy(properties.reminderBefore().numerator())
                .dividedBy(properties.reminderBefore().denominator());
        return due.minus(lead);
    }

    private Date date(LocalDateTime time) {
        return Date.from(time.atZone(clock.getZone()).toInstant());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String label(PetitionStep step) {
        return step == PetitionStep.CONTACT ? "首次联系" : "办结";
    }

    /** A yes/no answer: a boolean (API clients), or the form's radio value "true" or "false"; null otherwise. */
    private static Boolean yesOrNo(Object value) {
        if (value instanceof Boolean answer) {
            return answer;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf((String) value);
        }
        return null;
    }

    /**
     * 1 to 5, judged on the value itself: a Long such as 4294967300 must not pass as its int remainder 4. The form's
     * radio submits the digit as text ("5"); API clients a number.
     */
    private static int satisfaction(Object value) {
        if (value instanceof String text && text.matches("[1-5]")) {
            return Integer.parseInt(text);
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())
                || number.doubleValue() < 1 || number.doubleValue() > 5) {
            throw new InvalidFieldException("satisfaction", "满意度须为 1 至 5 的整数");
        }
        return number.intValue();
    }

    private static String requiredText(Map<String, Object> form, String key, String message, int max) {
        String value = optionalText(form, key, max);
        if (value == null) {
            throw new InvalidFieldException(key, message);
        }
        return value;
    }

    private static String optionalText(Map<String, Object> form, String key, int max) {
        String value = PetitionIntake.blankToNull(string(form, key));
        if (value != null && value.length() > max) {
            throw new InvalidFieldException(key, "不能超过 " + max + " 字");
        }
        return value;
    }

    private static String string(Map<String, Object> form, String key) {
        Object value = form.get(key);
        return value == null ? null : value.toString();
    }
}
