package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.EscalationCases;
import cn.gongzhi.escalation.domain.JointMeetings;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Activity_ReportCommitmentDone: the department reports one of its commitments done. */
@Component
class ReportCommitmentDoneStep implements StepHandler {

    private final JointMeetings meetings;
    private final EscalationCases cases;
    private final EscalationInstances instances;

    ReportCommitmentDoneStep(JointMeetings meetings, EscalationCases cases, EscalationInstances instances) {
        this.meetings = meetings;
        this.cases = cases;
        this.instances = instances;
    }

    @Override
    public String step() {
        return "reportCommitmentDone";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.summary(task, commitmentLines(cases, instances, task));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        instances.escalationOf(task);
        long commitment = instances.commitmentOf(task);
        meetings.commitmentDone(commitment, form.text("completionReport", "请填写完成情况", 2000), Actors.current());
        EscalationForms.recorded(task);
    }

    /** The case and the commitment a commitment step acts on. */
    static List<String> commitmentLines(EscalationCases cases, EscalationInstances instances, DelegateTask task) {
        List<String> lines = EscalationForms.matter(cases.caseView(instances.escalationOf(task)));
        lines.add("**承诺**：" + FormView.plain(cases.commitmentText(instances.commitmentOf(task)), "；"));
        return lines;
    }
}
