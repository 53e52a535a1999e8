package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionDispatch;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of Activity_DispatchPetition: the dispatch decision's one result (handling level, urgency and the two time
 * limits, processes/PetitionDispatchDecision.dmn) is recorded on the petition, which computes the due dates. The
 * decision result is the engine's transient {@code decisionResult}: nothing of it becomes a process variable, and
 * the tasks and timers read the due dates from the petition ({@link PetitionRecords}).
 */
@Component
class RecordDispatchListener implements ExecutionListener {

    /** Where a business rule task keeps its decision's result for its output mapping and end listeners. */
    static final String DECISION_RESULT = "decisionResult";

    private final PetitionDispatch dispatch;
    private final PetitionInstances instances;

    RecordDispatchListener(PetitionDispatch dispatch, PetitionInstances instances) {
        this.dispatch = dispatch;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object result = execution.getVariable(DECISION_RESULT);
        if (!(result instanceof DmnDecisionResult decision) || decision.size() != 1) {
            throw new IllegalStateException("The dispatch decision must give exactly one result for petition "
                    + execution.getProcessBusinessKey() + ", not " + result);
        }
        Map<String, Object> entries = decision.getSingleResult().getEntryMap();
        dispatch.dispatched(instances.petitionOf(execution), text(entries, "handlingLevel"),
                text(entries, "urgency"), text(entries, "firstContactLimit"), text(entries, "resolutionLimit"));
    }

    private static String text(Map<String, Object> entries, String output) {
        Object value = entries.get(output);
        if (value == null) {
            throw new IllegalStateException("The dispatch decision gave no " + output);
        }
        return value.toString();
    }
}
