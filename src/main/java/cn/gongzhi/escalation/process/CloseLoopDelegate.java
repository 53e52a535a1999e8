package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.EscalationClosing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_CloseLoop: every petition the escalation answers resumes at callback with the outcome. */
@Component
class CloseLoopDelegate implements JavaDelegate {

    private final EscalationClosing closing;
    private final EscalationInstances instances;

    CloseLoopDelegate(EscalationClosing closing, EscalationInstances instances) {
        this.closing = closing;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long escalation = instances.escalationOf(execution);
        PetitionAnswers.send(execution, closing, escalation, closing.close(escalation));
    }
}
