package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.FollowUpVolunteers;
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
    public static final String IDENTIFY_COMMUNITY = "Activity_IdentifyWhistleCommunity";
    public static final String CHOOSE_COMMUNITY = "Activity_ChooseWhistleCommunity";
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
    public static final String CLOSE_LOOP = "Activity_CloseLoop";
    public static final String DISCLOSE_OUTCOME = "CallActivity_DiscloseOutcome";
    public static final String CLOSED = "Event_EscalationClosed";
    /** Asynchronous before (a save point): it answers the petitions, each its own instance. */
    public static final String SEND_BACK = "Activity_SendBack";
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
    /** Whether the community of a whistle blown by hand is known at the start (the starter belongs to one). */
    public static final ProcessVariable<Boolean> COMMUNITY_KNOWN = ProcessVariable.flag("communityKnown");
    /** Who blew the whistle by hand: her first step, choosing the community, is hers. */
    public static final ProcessVariable<String> WHISTLE_BLOWER = ProcessVariable.text("whistleBlower");
    public static final ProcessVariable<Date> MEETING_TIME = ProcessVariable.date("meetingTime");
    /** Element variable of the report-in instances. */
    public static final ProcessVariable<String> DEPARTMENT_CODE = ProcessVariable.text("departmentCode");
    /** Element variable of the commitment instances. */
    public static final ProcessVariable<Long> COMMITMENT_ID = ProcessVariable.number("commitmentId");

    // form fields whose values are choices among what the step offered (FormView)
    /** The community chosen by name on the first step of a whistle blown by hand. */
    public static final String COMMUNITY_FIELD = "community";
    public static final String COMMUNITY_OPTIONS = "communityOptions";
    /** Open petitions of the community the whistle takes up, ticked by number and category. */
    public static final String RELATED_PETITIONS = "relatedPetitions";
    public static final String RELATED_PETITION_OPTIONS = "relatedPetitionOptions";
    /** The departments convened, ticked among the street's; the proposal is pre-ticked. */
    public static final String DEPARTMENTS = "departments";
    public static final String DEPARTMENT_OPTIONS = "departmentOptions";
    /** The convened departments, offered for attendance, commitments and ratings. */
    public static final String CONVENED_OPTIONS = "convenedDepartmentOptions";
    public static final String ATTENDANCE = "attendance";
    /** Rows: department, measure, due date. */
    public static final String COMMITMENTS = "commitments";
    /** Rows, one per convened department: department, on time, effective, cooperative. */
    public static final String RATINGS = "ratings";

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(ESCALATION_ID, ESCALATION_NUMBER, COMMUNITY_CODE, STREET_CODE, CATEGORY, PETITION_NUMBER,
                    IS_BUNDLED, WHISTLE_FILED, CONVENE, DUTY_CODES, REPORT_IN_LIMIT, COMMUNITY_KNOWN, WHISTLE_BLOWER,
                    MEETING_TIME, DEPARTMENT_CODE, COMMITMENT_ID, CommonVariables.MATTER_NUMBER,
                    CommonVariables.MATTER_CATEGORY, CommonVariables.MATTER_PLACE)
            .startForm(START_BY_HAND, "category", "reason", "triedSoFar")
            .form(CHOOSE_COMMUNITY, COMMUNITY_FIELD, RELATED_PETITIONS)
            .form(BLOW_WHISTLE, "reason", "triedSoFar", RELATED_PETITIONS)
            .form(DECIDE_CONVENING, "convene", "instructions")
            .form(CONFIRM_DEPARTMENTS, DEPARTMENTS, "meetingTime")
            .form(REPORT_IN, "liaisonName")
            .form(RECORD_MEETING, ATTENDANCE, COMMITMENTS, "minutes", FollowUpVolunteers.COUNT_FIELD,
                    FollowUpVolunteers.TASK_FIELD)
            .form(REPORT_COMMITMENT_DONE, "completionReport")
            .form(FOLLOW_UP, "followUpNote")
            .form(EVALUATE, RATINGS, "outcome")
            .build();

    private JointMeetingEscalationProcess() {}
}
