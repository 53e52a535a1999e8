package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.EscalationRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_SendBack: not convened; the petitions resume with the street's instructions. */
@Component
class SendBackDelegate implements JavaDelegate {

    private final EscalationRecords records;
    private final EscalationInstances instances;

    SendBackDelegate(EscalationRecords records, EscalationInstances instances) {
        this.records = records;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long escalation = instances.escalationOf(execution);
        PetitionAnswers.send(execution, records, escalation, records.sendBack(escalation));
    }
}
