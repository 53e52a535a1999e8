package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionDispatch;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_AssignPetition: the petition's worker is chosen and recorded on the petition, from which the contact and
 * handling tasks take their assignee ({@code ${petitionRecords.assignee(execution)}}); none, and the community's
 * workers claim them.
 */
@Component
class AssignPetitionDelegate implements JavaDelegate {

    private final PetitionDispatch dispatch;
    private final PetitionInstances instances;

    AssignPetitionDelegate(PetitionDispatch dispatch, PetitionInstances instances) {
        this.dispatch = dispatch;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dispatch.assign(instances.petitionOf(execution));
    }
}
