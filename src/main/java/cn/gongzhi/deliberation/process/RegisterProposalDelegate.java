package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.COMMUNITY_CODE;
import static cn.gongzhi.deliberation.process.DeliberationVariables.DELIBERATION_ID;
import static cn.gongzhi.deliberation.process.DeliberationVariables.DELIBERATION_KIND;
import static cn.gongzhi.deliberation.process.DeliberationVariables.DELIBERATION_NUMBER;
import static cn.gongzhi.deliberation.process.DeliberationVariables.ONE_SHOULDER;
import static cn.gongzhi.deliberation.process.DeliberationVariables.RESOLUTION_BODY;
import static cn.gongzhi.deliberation.process.DeliberationVariables.START_FORM_TEXT;

import cn.gongzhi.deliberation.DeliberationKind;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.deliberation.domain.DeliberationRecords.Registered;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Activity_RegisterProposal (village) and Activity_RegisterTopic (urban), told which by the input parameter
 * {@code deliberationKind}: records the start form; a villagers' motion below the initiation threshold, or an unknown
 * community, refuses the start with the reason.
 */
@Component
class RegisterProposalDelegate implements JavaDelegate {

    private final DeliberationRecords records;

    RegisterProposalDelegate(DeliberationRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeliberationKind kind = DeliberationKind.valueOf(DELIBERATION_KIND.required(execution));
        Registered deliberation;
        try {
            deliberation = records.register(kind, execution.getVariables(), Actors.current(),
                    execution.getProcessInstanceId());
        } catch (InvalidFieldException e) {
            throw new FormFieldValidationException(e.field(), e.getMessage());
        }
        START_FORM_TEXT.forEach(execution::removeVariable);
        execution.setProcessBusinessKey(deliberation.number());
        DELIBERATION_ID.set(execution, deliberation.deliberationId());
        DELIBERATION_NUMBER.set(execution, deliberation.number());
        COMMUNITY_CODE.set(execution, deliberation.communityCode());
        RESOLUTION_BODY.set(execution, deliberation.resolutionBody());
        ONE_SHOULDER.set(execution, deliberation.oneShoulder());
    }
}
