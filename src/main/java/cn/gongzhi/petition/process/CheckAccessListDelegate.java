package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.ACCESS_VERDICT;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.ADMISSIBLE;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.RETURN;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.RETURN_DEPARTMENT_CODE;

import cn.gongzhi.petition.domain.PetitionDispatch;
import cn.gongzhi.petition.domain.PetitionDispatch.AccessDecision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_CheckAccessList: admissible to the community, or back to the responsible department. The verdict is recorded
 * on the petition (a returned one in its timeline); the gateway after it routes on a transient {@code accessVerdict},
 * which is neither stored nor history.
 */
@Component
class CheckAccessListDelegate implements JavaDelegate {

    private final PetitionDispatch workflow;
    private final PetitionInstances instances;

    CheckAccessListDelegate(PetitionDispatch workflow, PetitionInstances instances) {
        this.workflow = workflow;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessDecision decision = workflow.checkAccessList(instances.petitionOf(execution));
        ACCESS_VERDICT.setTransient(execution, decision.admissible() ? ADMISSIBLE : RETURN);
        if (!decision.admissible()) {
            RETURN_DEPARTMENT_CODE.set(execution, decision.departmentCode());
        }
    }
}
