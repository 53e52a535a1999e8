package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.OBJECTION_COUNT;

import cn.gongzhi.deliberation.domain.Disclosures;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_CloseObjectionWindow: counts the objections from the table, the authority. */
@Component
class CloseObjectionWindowDelegate implements JavaDelegate {

    private final Disclosures disclosures;

    CloseObjectionWindowDelegate(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(OBJECTION_COUNT, disclosures.closeWindow(PublicDisclosureProcess.disclosureId(execution)));
    }
}
