package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CONVENE;

import cn.gongzhi.escalation.domain.Convening;
import cn.gongzhi.escalation.domain.EscalationCases;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_DecideConvening: the street Party working committee reads the whistle and convenes the joint meeting or
 * sends the matter back, with its instructions either way; {@code convene} routes the gateway.
 */
@Component
class DecideConveningStep implements StepHandler {

    private final Convening convening;
    private final EscalationCases cases;
    private final EscalationInstances instances;

    DecideConveningStep(Convening convening, EscalationCases cases, EscalationInstances instances) {
        this.convening = convening;
        this.cases = cases;
        this.instances = instances;
    }

    @Override
    public String step() {
        return "decideConvening";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.summary(task, EscalationForms.whistle(cases.caseView(instances.escalationOf(task))));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long escalation = instances.escalationOf(task);
        String decision = form.oneOf("convene", "请选择召集联席会议，或退回社区", Convening.CONVENE, Convening.RETURN);
        String instructions = form.text("instructions", Convening.CONVENE.equals(decision) ? "请填写召集意见"
                : "请填写对社区的指导意见", 2000);
        convening.decideConvening(escalation, decision, instructions, Actors.current());
        CONVENE.set(task.getExecution().getProcessInstance(), decision);
        EscalationForms.recorded(task);
    }
}
