package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.EscalationCases;
import cn.gongzhi.escalation.domain.JointMeetings;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Activity_FollowUpOverdueCommitment: the street follows up a commitment past its due date. */
@Component
class FollowUpOverdueCommitmentStep implements StepHandler {

    private final JointMeetings meetings;
    private final EscalationCases cases;
    private final EscalationInstances instances;

    FollowUpOverdueCommitmentStep(JointMeetings meetings, EscalationCases cases, EscalationInstances instances) {
        this.meetings = meetings;
        this.cases = cases;
        this.instances = instances;
    }

    @Override
    public String step() {
        return "followUpOverdueCommitment";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.summary(task, ReportCommitmentDoneStep.commitmentLines(cases, instances, task));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        instances.escalationOf(task);
        long commitment = instances.commitmentOf(task);
        meetings.followedUp(commitment, form.text("followUpNote", "请填写督办意见", 1000), Actors.current());
        EscalationForms.recorded(task);
    }
}
