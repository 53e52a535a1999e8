package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.STAGE;

import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.petition.domain.PetitionDispatch;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_RecordContactOverdue and Activity_RecordHandlingOverdue (input parameter {@code stage}). */
@Component
class RecordOverdueDelegate implements JavaDelegate {

    private final PetitionDispatch workflow;
    private final PetitionInstances instances;

    RecordOverdueDelegate(PetitionDispatch workflow, PetitionInstances instances) {
        this.workflow = workflow;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workflow.overdue(instances.petitionOf(execution), PetitionStep.valueOf(STAGE.required(execution)));
    }
}
