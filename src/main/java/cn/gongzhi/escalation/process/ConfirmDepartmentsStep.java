package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DEPARTMENTS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DEPARTMENT_OPTIONS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DUTY_CODES;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.MEETING_TIME;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.REPORT_IN_LIMIT;

import cn.gongzhi.escalation.domain.Convening;
import cn.gongzhi.escalation.domain.EscalationCases;
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
 * Activity_ConfirmDepartments: the street's departments by name with the decision table's proposal pre-ticked, and the
 * report-in limit; on completion the departments are summoned and the meeting time becomes {@code meetingTime}.
 */
@Component
class ConfirmDepartmentsStep implements StepHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Convening convening;
    private final EscalationCases cases;
    private final EscalationInstances instances;

    ConfirmDepartmentsStep(Convening convening, EscalationCases cases, EscalationInstances instances) {
        this.convening = convening;
        this.cases = cases;
        this.instances = instances;
    }

    @Override
    public String step() {
        return "confirmDepartments";
    }

    @Override
    public void opened(DelegateTask task) {
        long escalation = instances.escalationOf(task);
        List<String> proposed = convening.proposeDepartments(escalation, DUTY_CODES.required(task),
                REPORT_IN_LIMIT.required(task));
        List<Choice> street = convening.departmentChoices(escalation).stream()
                .map(d -> new Choice(d.code(), d.name())).toList();
        FormView.offer(task, DEPARTMENT_OPTIONS, street);
        ArrayNode ticked = JSON.createArrayNode();
        street.stream().map(Choice::value).filter(proposed::contains).forEach(ticked::add);
        task.setVariableLocal(DEPARTMENTS, SpinValues.jsonValue(ticked.toString()).create());
        List<String> lines = EscalationForms.whistle(cases.caseView(escalation));
        lines.add("**建议召集**（按事项类别和部门职责，已预先勾选，可增删）："
                + (proposed.isEmpty() ? "暂无职责相符的部门，请选择" : String.join("、",
                        street.stream().filter(c -> proposed.contains(c.value())).map(Choice::label).toList())));
        lines.add("**报到时限**：召集后 " + EscalationForms.limit(REPORT_IN_LIMIT.required(task))
                + "内，且不晚于会议开始前；会议时间须至少在召集后留出报到时间");
        FormView.summary(task, lines);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long escalation = instances.escalationOf(task);
        List<String> departments = form.chosenValues(DEPARTMENTS, "召集部门", DEPARTMENT_OPTIONS, true);
        Object meetingTime = form.raw("meetingTime");
        MEETING_TIME.set(task.getExecution().getProcessInstance(), convening.confirmDepartments(escalation,
                departments, meetingTime == null ? null : meetingTime.toString(), Actors.current()));
        EscalationForms.recorded(task);
    }
}
