package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.MESSAGE_ESCALATION_REQUESTED;

import cn.gongzhi.petition.EscalationContract;
import cn.gongzhi.petition.domain.PetitionEscalations;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Event_EscalationRequested: throws {@value ResidentPetitionProcess#MESSAGE_ESCALATION_REQUESTED}. When a process
 * with that message start event is deployed (the joint-meeting escalation), it starts with the petition number as
 * business key and the variables of {@link EscalationContract}, taken from the petition record; the petition then
 * waits for {@value ResidentPetitionProcess#MESSAGE_ESCALATION_RESOLVED}.
 */
@Component
class RequestEscalationDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RequestEscalationDelegate.class);
    private final PetitionEscalations workflow;
    private final PetitionInstances instances;

    RequestEscalationDelegate(PetitionEscalations workflow, PetitionInstances instances) {
        this.workflow = workflow;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PetitionEscalations.EscalationRequest request = workflow.requested(instances.petitionOf(execution));
        RepositoryService repository = execution.getProcessEngineServices().getRepositoryService();
        boolean listened = repository.createProcessDefinitionQuery()
                .messageEventSubscriptionName(MESSAGE_ESCALATION_REQUESTED).latestVersion().count() > 0;
        if (listened) {
            Map<String, Object> variables = new HashMap<>(Map.of(
                    EscalationContract.PETITION_NUMBER.name(), request.number(),
                    EscalationContract.COMMUNITY_CODE.name(), request.communityCode(),
                    EscalationContract.CATEGORY.name(), request.category()));
            if (request.requestedBy() != null) {
                variables.put(EscalationContract.REQUESTED_BY.name(), request.requestedBy());
            }
            execution.getProcessEngineServices().getRuntimeService()
                    .startProcessInstanceByMessage(MESSAGE_ESCALATION_REQUESTED, request.number(), variables);
        } else {
            log.info("Petition {} waits for escalation: no escalation process is deployed yet", request.number());
        }
    }
}
