package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.STAGE;

import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.petition.domain.PetitionWorkflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_RecordContactOverdue and Activity_RecordHandlingOverdue (input parameter {@code stage}). */
@Component
class RecordOverdueDelegate implements JavaDelegate {

    private final PetitionWorkflow workflow;

    RecordOverdueDelegate(PetitionWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workflow.overdue(ResidentPetitionProcess.petitionId(execution),
                PetitionStep.valueOf((String) execution.getVariable(STAGE)));
    }
}
