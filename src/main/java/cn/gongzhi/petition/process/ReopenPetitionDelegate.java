package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionHandling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_ReopenPetition: a failed callback sends the petition back to handling with a fresh resolution limit, which
 * the handling task and its timers read from the petition when it is entered again.
 */
@Component
class ReopenPetitionDelegate implements JavaDelegate {

    private final PetitionHandling handling;
    private final PetitionInstances instances;

    ReopenPetitionDelegate(PetitionHandling handling, PetitionInstances instances) {
        this.handling = handling;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        handling.reopen(instances.petitionOf(execution));
    }
}
