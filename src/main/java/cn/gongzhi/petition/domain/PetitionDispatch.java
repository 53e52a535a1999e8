package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionEventType;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.registry.AccessListKind;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.AccessEntry;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.DepartmentRef;
import cn.gongzhi.registry.RegistryService.WorkerRef;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From receipt to a worker: the dispatch decision with its due dates, the access-list check (社区工作事项准入), the
 * assignment, and the reminders and overdue records the timers call for. The petition holds the due dates and the
 * assigned worker; the model's tasks and timers read them from here ({@link #dues}).
 */
@Service
@Transactional
public class PetitionDispatch {

    /** The access-list check: whether the community may take the matter, and otherwise to whom it goes back. */
    public record AccessDecision(boolean admissible, String departmentCode, String reason) {}

    /** What the dispatch decision decides on: the petition's category and its community's type (URBAN or RURAL). */
    public record DecisionInputs(String category, String communityType) {}

    /** The due dates of the contact and handling steps and when each reminder fires, as the engine reads dates. */
    public record Dues(Date firstContactDue, Date contactReminderAt, Date resolutionDue, Date handlingReminderAt) {}

    private final PetitionRepository petitions;
    private final PetitionCategoryRepository categories;
    private final PetitionAssignment assignment;
    private final PetitionTimeline timeline;
    private final PetitionNames names;
    private final RegistryService registry;
    private final PetitionProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    PetitionDispatch(PetitionRepository petitions, PetitionCategoryRepository categories,
            PetitionAssignment assignment, PetitionTimeline timeline, PetitionNames names, RegistryService registry,
            PetitionProperties properties, Clock clock, MeterRegistry meters) {
        this.petitions = petitions;
        this.categories = categories;
        this.assignment = assignment;
        this.timeline = timeline;
        this.names = names;
        this.registry = registry;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /** The inputs of the dispatch decision, read from the petition and its community. */
    @Transactional(readOnly = true)
    public DecisionInputs decisionInputs(long petitionId) {
        Petition petition = petitions.require(petitionId);
        CommunityRef community = registry.community(petition.getCommunityCode()).orElseThrow();
        return new DecisionInputs(petition.getCategoryCode(), community.type().name());
    }

    /**
     * Records the dispatch decision (processes/PetitionDispatchDecision.dmn) and the due dates it gives, counted from
     * the time of receipt.
     */
    public void dispatched(long petitionId, String handlingLevel, String urgency, String firstContactLimit,
            String resolutionLimit) {
        Petition petition = petitions.require(petitionId);
        petition.setHandlingLevel(handlingLevel);
        petition.setUrgency(urgency);
        petition.limits(firstContactLimit, resolutionLimit);
        petition.setFirstContactDue(petition.getReceivedAt().plus(Duration.parse(firstContactLimit)));
        petition.setResolutionDue(petition.getReceivedAt().plus(Duration.parse(resolutionLimit)));
        timeline.record(petition, PetitionEventType.DISPATCHED, PetitionTimeline.SYSTEM, "办理层级 " + handlingLevel
                + "，" + urgency + "，首次联系时限 " + firstContactLimit + "，办结时限 " + resolutionLimit,
                "已分类为“" + names.category(petition.getCategoryCode()) + "”，须在 "
                        + PetitionTimeline.minute(petition.getResolutionDue()) + " 前办结",
                PetitionStatus.RECEIVED, "已分类派遣");
    }

    /**
     * The due dates and reminder times of a dispatched petition. A reminder fires when {@code reminder-before} of its
     * limit is left; a petition dispatched before the limits were kept with it counts them from receipt.
     */
    @Transactional(readOnly = true)
    public Dues dues(long petitionId) {
        Petition p = petitions.require(petitionId);
        if (p.getFirstContactDue() == null) {
            throw new IllegalStateException("Petition " + p.getNumber() + " has not been dispatched");
        }
        Duration contact = p.getFirstContactLimit() != null ? Duration.parse(p.getFirstContactLimit())
                : Duration.between(p.getReceivedAt(), p.getFirstContactDue());
        Duration resolution = p.getResolutionLimit() != null ? Duration.parse(p.getResolutionLimit())
                : Duration.between(p.getReceivedAt(), p.getResolutionDue());
        return new Dues(date(p.getFirstContactDue()), date(reminderAt(p.getFirstContactDue(), contact)),
                date(p.getResolutionDue()), date(reminderAt(p.getResolutionDue(), resolution)));
    }

    /** The worker the petition is assigned to; null while it waits in the community's worker group. */
    @Transactional(readOnly = true)
    public String assignee(long petitionId) {
        return petitions.require(petitionId).getAssignedWorker();
    }

    /**
     * The access-list check (社区工作事项准入). A matter the community may not take goes back to the responsible
     * department with the reason, and the return is recorded for supervisors to count.
     */
    public AccessDecision checkAccessList(long petitionId) {
        Petition petition = petitions.require(petitionId);
        CommunityRef community = registry.community(petition.getCommunityCode()).orElseThrow();
        Optional<AccessEntry> entry = registry.accessEntry(community.code(), petition.getCategoryCode());
        List<DepartmentRef> responsible = registry.departmentsWithDuty(petition.getCategoryCode(),
                community.streetCode());
        String categoryName = names.category(petition.getCategoryCode());
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
            timeline.record(petition, PetitionEventType.ACCESS_CHECKED, PetitionTimeline.SYSTEM,
                    "准入核查：" + decision.reason());
        } else {
            String department = names.department(decision.departmentCode());
            petition.setReturnDepartment(decision.departmentCode());
            petition.setHandlingUnit(department);
            String due = PetitionTimeline.minute(petition.getResolutionDue());
            timeline.record(petition, PetitionEventType.RETURNED, PetitionTimeline.SYSTEM,
                    "退回" + department + "：" + decision.reason(),
                    "此事不属社区承办事项，已转交" + department + "办理，须在 " + due + " 前答复；" + department
                            + "答复后，社区会回访您。",
                    PetitionStatus.RETURNED, "已转交" + department + "，须在 " + due + " 前答复");
        }
        return decision;
    }

    private static AccessDecision returned(String listed, List<DepartmentRef> responsible, String reason) {
        String department = listed != null ? listed : responsible.isEmpty() ? null : responsible.get(0).code();
        if (department == null) {
            return new AccessDecision(true, null, reason + "但未登记负责部门：由社区先行办理并报街道。");
        }
        return new AccessDecision(false, department, reason);
    }

    /**
     * Chooses the handling worker (see {@link PetitionAssignment}) and records her on the petition, from which the
     * contact and handling tasks take their assignee; none means the community's worker group claims it.
     */
    public Optional<String> assign(long petitionId) {
        Petition petition = petitions.require(petitionId);
        PetitionCategory category = categories.findById(petition.getCategoryCode()).orElseThrow();
        Optional<WorkerRef> worker = assignment.choose(petition.getCommunityCode(), petition.getGridCode(),
                category.getRequiredQualification());
        String communityName = names.community(petition.getCommunityCode());
        petition.setHandlingUnit(communityName);
        String latest = "已派单至" + communityName;
        if (worker.isPresent()) {
            registry.adjustCaseload(worker.get().username(), 1);
            petition.setAssignedWorker(worker.get().username());
            String login = worker.get().username();
            timeline.record(petition, PetitionEventType.ASSIGNED, PetitionTimeline.SYSTEM, "派给 "
                    + worker.get().name() + "（" + login + "）", "已派给" + names.place(petition) + "的"
                    + names.role(petition, login), PetitionStatus.ASSIGNED, latest);
        } else {
            timeline.record(petition, PetitionEventType.ASSIGNED, PetitionTimeline.SYSTEM,
                    "网格员无法承接（在办已满或资格不符），派至" + communityName + "社区工作者组认领",
                    "已派给" + communityName + "的社区工作者", PetitionStatus.ASSIGNED, latest);
        }
        return worker.map(WorkerRef::username);
    }

    public void reminded(long petitionId, PetitionStep step) {
        Petition petition = petitions.require(petitionId);
        LocalDateTime due = step == PetitionStep.CONTACT ? petition.getFirstContactDue() : petition.getResolutionDue();
        timeline.record(petition, PetitionEventType.REMINDED, PetitionTimeline.SYSTEM, label(step) + "将于 " + due
                + " 到期");
    }

    public void overdue(long petitionId, PetitionStep step) {
        Petition petition = petitions.require(petitionId);
        timeline.record(petition, PetitionEventType.OVERDUE, PetitionTimeline.SYSTEM, label(step)
                + "已超期，转督办负责人督办", label(step) + "已超过时限，已转督办负责人督办");
        meters.counter("gongzhi.petitions.overdue", "stage", step.name()).increment();
    }

    private static String label(PetitionStep step) {
        return step == PetitionStep.CONTACT ? "首次联系" : "办结";
    }

    private LocalDateTime reminderAt(LocalDateTime due, Duration limit) {
        Duration lead = limit.multipliedBy(properties.reminderBefore().numerator())
                .dividedBy(properties.reminderBefore().denominator());
        return due.minus(lead);
    }

    private Date date(LocalDateTime time) {
        return Date.from(time.atZone(clock.getZone()).toInstant());
    }

}
