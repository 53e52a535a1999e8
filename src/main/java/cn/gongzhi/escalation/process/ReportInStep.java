package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DEPARTMENT_CODE;

import cn.gongzhi.escalation.domain.Convening;
import cn.gongzhi.escalation.domain.EscalationCases;
import cn.gongzhi.escalation.domain.EscalationCases.CaseView;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Activity_ReportIn: a summoned department reads the meeting's time and place and reports in with its liaison. */
@Component
class ReportInStep implements StepHandler {

    private final Convening convening;
    private final EscalationCases cases;
    private final EscalationInstances instances;

    ReportInStep(Convening convening, EscalationCases cases, EscalationInstances instances) {
        this.convening = convening;
        this.cases = cases;
        this.instances = instances;
    }

    @Override
    public String step() {
        return "reportIn";
    }

    @Override
    public void opened(DelegateTask task) {
        CaseView view = cases.caseView(instances.escalationOf(task));
        List<String> lines = EscalationForms.matter(view);
        lines.add("**联席会议时间**：" + EscalationForms.minute(view.meetingTime()));
        lines.add("**地点**：" + view.communityName() + "（召集单位：街道党工委）");
        view.departments().stream().filter(d -> d.code().equals(DEPARTMENT_CODE.get(task))).findFirst()
                .ifPresent(d -> lines.add("**贵部门**：" + d.name() + "，请于 " + EscalationForms.minute(d.reportDue())
                        + " 前报到"));
        FormView.summary(task, lines);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long escalation = instances.escalationOf(task);
        String liaison = form.text("liaisonName", "请填写报到联络人", 50);
        convening.reportedIn(escalation, DEPARTMENT_CODE.required(task), liaison, Actors.current());
        EscalationForms.recorded(task);
    }
}
