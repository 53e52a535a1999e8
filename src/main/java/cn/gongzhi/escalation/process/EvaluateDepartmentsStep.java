package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CONVENED_OPTIONS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.RATINGS;

import cn.gongzhi.escalation.domain.EscalationCases;
import cn.gongzhi.escalation.domain.EscalationCases.CaseView;
import cn.gongzhi.escalation.domain.EscalationCases.Convened;
import cn.gongzhi.escalation.domain.Evaluations;
import cn.gongzhi.escalation.domain.Evaluations.RatingEntry;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Activity_EvaluateDepartments: one rating row per convened department (on time, effective, cooperative) with its
 * report-in and attendance shown, and the outcome; a liaison of a summoned department may not evaluate.
 */
@Component
class EvaluateDepartmentsStep implements StepHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Evaluations evaluations;
    private final EscalationCases cases;
    private final EscalationInstances instances;

    EvaluateDepartmentsStep(Evaluations evaluations, EscalationCases cases, EscalationInstances instances) {
        this.evaluations = evaluations;
        this.cases = cases;
        this.instances = instances;
    }

    @Override
    public String step() {
        return "evaluateDepartments";
    }

    @Override
    public void opened(DelegateTask task) {
        CaseView view = cases.caseView(instances.escalationOf(task));
        List<Choice> convened = EscalationForms.convened(view);
        FormView.offer(task, CONVENED_OPTIONS, convened);
        ArrayNode rows = JSON.createArrayNode();
        convened.forEach(c -> rows.addObject().put("department", c.value()));
        task.setVariableLocal(RATINGS, SpinValues.jsonValue(rows.toString()).create());
        List<String> lines = EscalationForms.whistle(view);
        lines.add("**会议时间**：" + EscalationForms.minute(view.meetingTime()));
        for (Convened d : view.departments()) {
            lines.add("- " + d.name() + "：" + (d.reportedAt() == null ? "未报到" : d.late() ? "报到迟到"
                    : "按时报到") + "，" + (Boolean.TRUE.equals(d.attended()) ? "到会" : "未到会"));
        }
        FormView.summary(task, lines);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long escalation = instances.escalationOf(task);
        List<RatingEntry> ratings = form.rows(RATINGS, "部门评价").stream().map(row -> new RatingEntry(
                row.cell("department"), row.cell("onTime"), row.cell("effective"), row.cell("cooperative"))).toList();
        Object outcome = form.raw("outcome");
        evaluations.evaluate(escalation, ratings, outcome == null ? null : outcome.toString(),
                Actors.starter().orElse(null));
        EscalationForms.recorded(task);
    }
}
