package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.STEP_FORM_TEXT;

import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FieldRefusals;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The non-meeting steps. On create: the form shows the case (the matter, its plan, what earlier steps decided, the
 * reasons a plan was sent back), and the notification step offers the kinds of stakeholders to tick. On complete:
 * the form is validated and recorded in the timeline; its text leaves the process.
 */
@Component
class DeliberationTaskListener implements TaskListener {

    /** The notification step's checklist: whom a residents' consultation notifies (domain brief §2). */
    static final String STAKEHOLDERS = "stakeholders";
    static final String STAKEHOLDER_OPTIONS = "stakeholderOptions";
    static final List<Choice> STAKEHOLDER_KINDS = List.of(
            new Choice("RESIDENT_GROUPS", "居民小组及相关居民"),
            new Choice("OWNERS_COMMITTEE", "业主委员会"),
            new Choice("PROPERTY_FIRM", "物业服务企业"),
            new Choice("SOCIAL_ORGANISATIONS", "社会组织"),
            new Choice("RESIDENT_UNITS", "驻区单位"),
            new Choice("OTHER_STAKEHOLDERS", "其他利益相关方"));

    private static final Map<String, String> STEPS = Map.of(
            VillageDeliberationProcess.PROPOSE_PLAN, "PROPOSE",
            VillageDeliberationProcess.REVISE_PLAN, "REVISE",
            VillageDeliberationProcess.IMPLEMENT, "IMPLEMENT",
            ResidentConsultationProcess.IMPLEMENT, "IMPLEMENT",
            ResidentConsultationProcess.REVIEW_TOPIC, "REVIEW_TOPIC",
            ResidentConsultationProcess.NOTIFY, "NOTIFY",
            ResidentConsultationProcess.CONSULT, "CONSULT",
            ResidentConsultationProcess.FEEDBACK, "FEEDBACK");

    private final DeliberationRecords records;
    private final DeliberationInstances instances;
    private final CaseSummaries summaries;

    DeliberationTaskListener(DeliberationRecords records, DeliberationInstances instances, CaseSummaries summaries) {
        this.records = records;
        this.instances = instances;
        this.summaries = summaries;
    }

    @Override
    public void notify(DelegateTask task) {
        String step = STEPS.get(task.getTaskDefinitionKey());
        long deliberationId = instances.deliberationOf(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            List<String> lines = new ArrayList<>(summaries.deliberation(deliberationId));
            if ("REVISE".equals(step)) {
                lines.add("");
                lines.add("**退回理由**：" + Objects.toString(records.latestReasons(deliberationId), ""));
                // the revision starts from the plan as it stands (masked, as our records keep it)
                String plan = records.currentPlan(deliberationId);
                if (plan != null) {
                    task.setVariableLocal("plan", plan);
                }
            }
            if ("NOTIFY".equals(step)) {
                FormView.offer(task, STAKEHOLDER_OPTIONS, STAKEHOLDER_KINDS);
            }
            FormView.summary(task, lines);
            return;
        }
        FieldRefusals.translated(() -> {
            Map<String, Object> form = new HashMap<>(task.getVariables());
            if ("NOTIFY".equals(step)) {
                form.put(STAKEHOLDERS, String.join("、", FormView.chosenAll(task, form, STAKEHOLDERS, "通知对象",
                        STAKEHOLDER_OPTIONS, true).stream().map(Choice::label).toList()));
            }
            records.stepCompleted(deliberationId, step, form, Actors.current());
        });
        STEP_FORM_TEXT.forEach(task.getExecution()::removeVariable);
    }
}
