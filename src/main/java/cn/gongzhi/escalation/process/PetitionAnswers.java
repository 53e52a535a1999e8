package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.EscalationClosing;
import cn.gongzhi.escalation.domain.EscalationClosing.Answer;
import cn.gongzhi.petition.EscalationContract;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Sends the answer to every petition the escalation took up that waits for it, each by its own business key. */
final class PetitionAnswers {

    private PetitionAnswers() {}

    static void send(DelegateExecution execution, EscalationClosing closing, long escalationId, Answer answer) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        for (String petition : answer.petitionNumbers()) {
            runtime.createMessageCorrelation(EscalationContract.RESOLVED).processInstanceBusinessKey(petition)
                    .setVariable(EscalationContract.OUTCOME.name(), answer.outcome()).correlateAllWithResult();
            closing.resumed(escalationId, petition);
        }
    }
}
