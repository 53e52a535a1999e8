package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.CATEGORY;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.COMMUNITY_CODE;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.COMMUNITY_TYPE;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.PERSONAL_DATA;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.PETITION_ID;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.PETITION_NUMBER;

import cn.gongzhi.petition.domain.PetitionWorkflow;
import cn.gongzhi.petition.domain.PetitionWorkflow.Registered;
import cn.gongzhi.shared.InvalidFieldException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Activity_RegisterPetition. A petition that came in through our APIs already has its record: the process links
 * itself to it. One entered through the Tasklist start form is recorded here, and its personal information is taken
 * out of the process before anything is written (the history filter keeps it out of history as well).
 */
@Component
class RegisterPetitionDelegate implements JavaDelegate {

    private final PetitionWorkflow workflow;

    RegisterPetitionDelegate(PetitionWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(PETITION_ID);
        if (id instanceof Number petitionId) {
            workflow.linkProcess(petitionId.longValue(), execution.getProcessInstanceId());
            return;
        }
        Map<String, Object> form = execution.getVariables();
        PERSONAL_DATA.forEach(execution::removeVariable);
        ResidentPetitionProcess.INTAKE_TEXT.forEach(execution::removeVariable);
        Registered petition;
        try {
            petition = workflow.registerFromTasklist(form, Actors.current(), execution.getProcessInstanceId());
        } catch (InvalidFieldException e) {
            throw new FormFieldValidationException(e.field(), e.getMessage());
        }
        execution.setProcessBusinessKey(petition.number());
        execution.setVariable(PETITION_ID, petition.petitionId());
        execution.setVariable(PETITION_NUMBER, petition.number());
        execution.setVariable(COMMUNITY_CODE, petition.communityCode());
        execution.setVariable(COMMUNITY_TYPE, petition.communityType());
        execution.setVariable(CATEGORY, petition.category());
    }
}
