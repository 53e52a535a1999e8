package cn.gongzhi.escalation.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names in processes/JointMeetingEscalationProcess.bpmn. */
public final class JointMeetingEscalationProcess {

    public static final String KEY = "JointMeetingEscalationProcess";
    public static final String BLOW_WHISTLE = "Activity_BlowWhistle";
    public static final String DECIDE_CONVENING = "Activity_DecideConvening";
    public static final String CONFIRM_DEPARTMENTS = "Activity_ConfirmDepartments";
    public static final String REPORT_IN = "Activity_ReportIn";
    public static final String REPORT_IN_LATE = "Event_ReportInLate";
    public static final String MEETING_TIME_ARRIVED = "Event_MeetingTimeArrived";
    public static final String WAIT_FOR_MEETING = "Event_WaitForMeeting";
    public static final String RECORD_MEETING = "Activity_RecordJointMeeting";
    public static final String REPORT_COMMITMENT_DONE = "Activity_ReportCommitmentDone";
    public static final String COMMITMENT_OVERDUE = "Event_CommitmentOverdue";
    public static final String FOLLOW_UP = "Activity_FollowUpOverdueCommitment";
    public static final String EVALUATE = "Activity_EvaluateDepartments";
    public static final String DISCLOSE_OUTCOME = "CallActivity_DiscloseOutcome";
    public static final String CLOSED = "Event_EscalationClosed";
    public static final String SENT_BACK = "Event_SentBack";
    public static final String BUNDLED = "Event_PetitionBundled";

    public static final String ESCALATION_ID = "escalationId";
    public static final String ESCALATION_NUMBER = "escalationNumber";
    public static final String COMMUNITY_CODE = "communityCode";
    public static final String STREET_CODE = "streetCode";
    public static final String CATEGORY = "category";
    public static final String IS_BUNDLED = "bundled";
    public static final String WHISTLE_FILED = "whistleFiled";
    public static final String CONVENE = "convene";
    public static final String DUTY_CODES = "dutyCodes";
    public static final String REPORT_IN_LIMIT = "reportInLimit";
    public static final String PROPOSED_DEPARTMENTS = "proposedDepartments";
    public static final String DEPARTMENT_CODES = "departmentCodes";
    public static final String MEETING_TIME = "meetingTime";
    /** Element variable of the report-in instances. */
    public static final String DEPARTMENT_CODE = "departmentCode";
    /** Element variable of the commitment instances. */
    public static final String COMMITMENT_ID = "commitmentId";

    private JointMeetingEscalationProcess() {}

    public static long escalationId(VariableScope scope) {
        return ((Number) scope.getVariable(ESCALATION_ID)).longValue();
    }
}
