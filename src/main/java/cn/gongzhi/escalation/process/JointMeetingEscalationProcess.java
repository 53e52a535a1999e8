package cn.gongzhi.escalation.process;

import cn.gongzhi.petition.EscalationContract;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import java.util.Date;

/**
 * The contract of processes/JointMeetingEscalationProcess.bpmn: key, element ids, typed variables and forms. It
 * starts two ways: by the petition process's message (the engine's own code) or by hand, when the community Party
 * organisation blows the whistle through the start form.
 */
public final class JointMeetingEscalationProcess {

    public static final String KEY = "JointMeetingEscalationProcess";
    public static final String START_BY_PETITION = "StartEvent_PetitionEscalated";
    public static final String START_BY_HAND = "StartEvent_MatterRaised";
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

    public static final ProcessVariable<Long> ESCALATION_ID = ProcessVariable.number("escalationId");
    public static final ProcessVariable<String> ESCALATION_NUMBER = ProcessVariable.text("escalationNumber");
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;
    public static final ProcessVariable<String> STREET_CODE = ProcessVariable.text("streetCode");
    public static final ProcessVariable<String> CATEGORY = EscalationContract.CATEGORY;
    public static final ProcessVariable<String> PETITION_NUMBER = EscalationContract.PETITION_NUMBER;
    public static final ProcessVariable<Boolean> IS_BUNDLED = ProcessVariable.flag("bundled");
    public static final ProcessVariable<Boolean> WHISTLE_FILED = ProcessVariable.flag("whistleFiled");
    public static final ProcessVariable<String> CONVENE = ProcessVariable.text("convene");
    public static final ProcessVariable<String> DUTY_CODES = ProcessVariable.text("dutyCodes");
    public static final ProcessVariable<String> REPORT_IN_LIMIT = ProcessVariable.text("reportInLimit");
    public static final ProcessVariable<String> PROPOSED_DEPARTMENTS = ProcessVariable.text("proposedDepartments");
    public static final ProcessVariable<String> DEPARTMENT_CODES = ProcessVariable.text("departmentCodes");
    public static final ProcessVariable<Date> MEETING_TIME = ProcessVariable.date("meetingTime");
    /** Element variable of the report-in instances. */
    public static final ProcessVariable<String> DEPARTMENT_CODE = ProcessVariable.text("departmentCode");
    /** Element variable of the commitment instances. */
    public static final ProcessVariable<Long> COMMITMENT_ID = ProcessVariable.number("commitmentId");

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(ESCALATION_ID, ESCALATION_NUMBER, COMMUNITY_CODE, STREET_CODE, CATEGORY, PETITION_NUMBER,
                    IS_BUNDLED, WHISTLE_FILED, CONVENE, DUTY_CODES, REPORT_IN_LIMIT, PROPOSED_DEPARTMENTS,
                    DEPARTMENT_CODES, MEETING_TIME, DEPARTMENT_CODE, COMMITMENT_ID)
            .startForm(START_BY_HAND, "communityCode", "category", "reason", "triedSoFar", "petitionNumbers")
            .form(BLOW_WHISTLE, "reason", "triedSoFar", "petitionNumbers")
            .form(DECIDE_CONVENING, "convene", "instructions")
            .form(CONFIRM_DEPARTMENTS, "departmentCodes", "meetingTime")
            .form(REPORT_IN, "liaisonName")
            .form(RECORD_MEETING, "attendance", "commitments", "minutes")
            .form(REPORT_COMMITMENT_DONE, "completionReport")
            .form(FOLLOW_UP, "followUpNote")
            .form(EVALUATE, "ratings", "outcome")
            .build();

    private JointMeetingEscalationProcess() {}
}
