package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.BODY_KIND;
import static cn.gongzhi.deliberation.process.DeliberationVariables.BODY_LABEL;
import static cn.gongzhi.deliberation.process.DeliberationVariables.MEETING_ID;
import static cn.gongzhi.deliberation.process.DeliberationVariables.MEETING_VERDICT;
import static cn.gongzhi.deliberation.process.DeliberationVariables.DUE_COUNT;
import static cn.gongzhi.deliberation.process.DeliberationVariables.PASSED;
import static cn.gongzhi.deliberation.process.DeliberationVariables.PRESENT_COUNT;
import static cn.gongzhi.deliberation.process.DeliberationVariables.PREVIOUS_MEETING;
import static cn.gongzhi.deliberation.process.DeliberationVariables.QUORUM_RULE;
import static cn.gongzhi.deliberation.process.DeliberationVariables.QUORUM_REACHED;
import static cn.gongzhi.deliberation.process.DeliberationVariables.REJECTION_REASONS;

import cn.gongzhi.deliberation.MeetingVerdict;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.deliberation.domain.MeetingRecorder;
import cn.gongzhi.registry.AssemblyBody;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Leaving each "Check … vote" decision: the verdict goes on the meeting record and into {@code meetingVerdict}, which
 * the gateway routes on. A resolution that passes marks the deliberation resolved. A meeting without quorum leaves
 * {@code previousMeeting}: what failed and the rule it failed (from the decision), for the form of the meeting held
 * again.
 */
@Component
class RecordVerdictListener implements ExecutionListener {

    private static final Set<AssemblyBody> RESOLVING = Set.of(AssemblyBody.VILLAGERS_ASSEMBLY,
            AssemblyBody.VILLAGER_REPRESENTATIVE_ASSEMBLY, AssemblyBody.RESIDENTS_ASSEMBLY,
            AssemblyBody.RESIDENT_REPRESENTATIVE_ASSEMBLY);

    private final MeetingRecorder meetings;
    private final DeliberationRecords records;

    RecordVerdictListener(MeetingRecorder meetings, DeliberationRecords records) {
        this.meetings = meetings;
        this.records = records;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long meetingId = ((Number) execution.getVariable(MEETING_ID)).longValue();
        boolean quorum = Boolean.TRUE.equals(execution.getVariable(QUORUM_REACHED));
        boolean passed = Boolean.TRUE.equals(execution.getVariable(PASSED));
        MeetingVerdict verdict = meetings.decide(meetingId, quorum, passed);
        execution.setVariable(MEETING_VERDICT, verdict.name());
        if (verdict == MeetingVerdict.NO_QUORUM) {
            // the form of the meeting held again says what failed and why
            execution.setVariable(PREVIOUS_MEETING, "上次" + execution.getVariable(BODY_LABEL) + "未达到法定人数：实到 "
                    + execution.getVariable(PRESENT_COUNT) + " 人，应到 " + execution.getVariable(DUE_COUNT) + " 人。"
                    + (execution.getVariable(QUORUM_RULE) instanceof String rule ? rule + "。" : "")
                    + "会议须重新召开，请如实记录本次到会情况。");
        } else {
            execution.removeVariable(PREVIOUS_MEETING);
        }
        if (verdict == MeetingVerdict.REJECTED) {
            execution.setVariable(REJECTION_REASONS, execution.getVariable(BODY_LABEL) + "表决未获通过");
        }
        if (verdict == MeetingVerdict.PASSED
                && RESOLVING.contains(AssemblyBody.valueOf((String) execution.getVariable(BODY_KIND)))) {
            records.resolved(DeliberationVariables.deliberationId(execution));
        }
    }
}
