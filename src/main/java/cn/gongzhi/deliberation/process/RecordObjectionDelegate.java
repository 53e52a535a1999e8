package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.OBJECTION_COUNT;

import cn.gongzhi.deliberation.domain.Disclosures;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_RecordObjection: the objection is already in the table; the instance shows the running count. */
@Component
class RecordObjectionDelegate implements JavaDelegate {

    private final Disclosures disclosures;

    RecordObjectionDelegate(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(OBJECTION_COUNT,
                disclosures.objectionCount(PublicDisclosureProcess.disclosureId(execution)));
    }
}
