package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.CATEGORY;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.COMMUNITY_CODE;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.MESSAGE_ESCALATION_REQUESTED;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.PETITION_NUMBER;

import cn.gongzhi.petition.domain.PetitionWorkflow;
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
 * business key and the variables {@code petitionNumber}, {@code communityCode} and {@code category}; the petition
 * then waits for {@value ResidentPetitionProcess#MESSAGE_ESCALATION_RESOLVED}.
 */
@Component
class RequestEscalationDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RequestEscalationDelegate.class);
    private final PetitionWorkflow workflow;

    RequestEscalationDelegate(PetitionWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workflow.escalationRequested(ResidentPetitionProcess.petitionId(execution));
        RepositoryService repository = execution.getProcessEngineServices().getRepositoryService();
        boolean listened = repository.createProcessDefinitionQuery()
                .messageEventSubscriptionName(MESSAGE_ESCALATION_REQUESTED).latestVersion().count() > 0;
        String number = (String) execution.getVariable(PETITION_NUMBER);
        if (listened) {
            execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByMessage(
                    MESSAGE_ESCALATION_REQUESTED, number, Map.of(PETITION_NUMBER, number,
                            COMMUNITY_CODE, execution.getVariable(COMMUNITY_CODE),
                            CATEGORY, execution.getVariable(CATEGORY)));
        } else {
            log.info("Petition {} waits for escalation: no escalation process is deployed yet", number);
        }
    }
}
