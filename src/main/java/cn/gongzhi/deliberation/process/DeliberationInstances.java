package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.deliberation.domain.MeetingRecorder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The records a deliberation or disclosure instance works on, each checked against the instance: the deliberation
 * and the notice by their own process instance, a meeting by its deliberation. A step never works on another
 * instance's record, whatever a variable says.
 */
@Component
class DeliberationInstances {

    private final DeliberationRecords records;
    private final MeetingRecorder meetings;
    private final Disclosures disclosures;

    DeliberationInstances(DeliberationRecords records, MeetingRecorder meetings, Disclosures disclosures) {
        this.records = records;
        this.meetings = meetings;
        this.disclosures = disclosures;
    }

    long deliberationOf(DelegateExecution execution) {
        DelegateExecution process = execution.getProcessInstance();
        return deliberation(execution, process.getId(), process.getProcessBusinessKey());
    }

    long deliberationOf(DelegateTask task) {
        return deliberationOf(task.getExecution());
    }

    long meetingOf(DelegateExecution execution) {
        long meetingId = DeliberationVariables.MEETING_ID.required(execution);
        meetings.requireOf(meetingId, deliberationOf(execution));
        return meetingId;
    }

    long meetingOf(DelegateTask task) {
        return meetingOf(task.getExecution());
    }

    long disclosureOf(DelegateExecution execution) {
        long disclosureId = PublicDisclosureProcess.DISCLOSURE_ID.required(execution);
        disclosures.requireBound(disclosureId, execution.getProcessInstanceId());
        return disclosureId;
    }

    long disclosureOf(DelegateTask task) {
        return disclosureOf(task.getExecution());
    }

    /**
     * The deliberation a disclosure publishes, which must belong to the process that called it; null for a notice
     * of another kind (an escalation's outcome).
     */
    Long calledFor(DelegateExecution disclosure) {
        Long deliberationId = PublicDisclosureProcess.DELIBERATION_ID.get(disclosure);
        if (deliberationId == null) {
            return null;
        }
        DelegateExecution caller = disclosure.getSuperExecution().getProcessInstance();
        return deliberation(disclosure, caller.getId(), caller.getProcessBusinessKey());
    }

    private long deliberation(VariableScope scope, String processInstanceId, String businessKey) {
        long deliberationId = DeliberationVariables.DELIBERATION_ID.required(scope);
        records.requireBound(deliberationId, processInstanceId, businessKey);
        return deliberationId;
    }
}
