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
 * again. The counts the decision read are removed: the next meeting's form starts empty.
 */
@Component
class RecordVerdictListener implements ExecutionListener {

    private static final Set<AssemblyBody> RESOLVING = Set.of(AssemblyBody.VILLAGERS_ASSEMBLY,
            AssemblyBody.VILLAGER_REPRESENTATIVE_ASSEMBLY, AssemblyBody.RESIDENTS_ASSEMBLY,
            AssemblyBody.RESIDENT_REPRESENTATIVE_ASSEMBLY);

    private final MeetingRecorder meetings;
    private final DeliberationRecords records;
    private final DeliberationInstances instances;

    RecordVerdictListener(MeetingRecorder meetings, DeliberationRecords records, DeliberationInstances instances) {
        this.meetings = meetings;
        this.records = records;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long meetingId = instances.meetingOf(execution);
        boolean quorum = Boolean.TRUE.equals(QUORUM_REACHED.get(execution));
        boolean passed = Boolean.TRUE.equals(PASSED.get(execution));
        MeetingVerdict verdict = meetings.decide(meetingId, quorum, passed);
        MEETING_VERDICT.set(execution, verdict.name());
        if (verdict == MeetingVerdict.NO_QUORUM) {
            // the form of the meeting held again says what failed and why
            String rule = QUORUM_RULE.get(execution);
            PREVIOUS_MEETING.set(execution, "上次" + BODY_LABEL.get(execution) + "未达到法定人数：实到 "
                    + PRESENT_COUNT.get(execution) + " 人，应到 " + DUE_COUNT.get(execution) + " 人。"
                    + (rule != null ? rule + "。" : "")
                    + "会议须重新召开，请如实记录本次到会情况。");
        } else {
            PREVIOUS_MEETING.remove(execution);
        }
        // the next meeting (held again, or another body's) starts from an empty form, not from these numbers
        DeliberationVariables.MEETING_COUNTS.forEach(count -> count.remove(execution));
        if (verdict == MeetingVerdict.REJECTED) {
            REJECTION_REASONS.set(execution, BODY_LABEL.get(execution) + "表决未获通过");
        }
        if (verdict == MeetingVerdict.PASSED
                && RESOLVING.contains(AssemblyBody.valueOf(BODY_KIND.required(execution)))) {
            records.resolved(instances.deliberationOf(execution));
        }
    }
}
