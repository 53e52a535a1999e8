package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.RULING;

import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.shared.InvalidFieldException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** Completion of Activity_ReviewObjections: the ruling and its reasons are recorded; the reasons leave the process. */
@Component
class ReviewObjectionsListener implements TaskListener {

    private final Disclosures disclosures;

    ReviewObjectionsListener(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public void notify(DelegateTask task) {
        String ruling;
        try {
            ruling = disclosures.rule(PublicDisclosureProcess.disclosureId(task), task.getVariables());
        } catch (InvalidFieldException e) {
            throw new FormFieldValidationException(e.field(), e.getMessage());
        }
        task.getExecution().setVariable(RULING, ruling);
        task.getExecution().removeVariable("rulingReasons");
    }
}
