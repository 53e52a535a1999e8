package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.AnnualFeedbacks;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import java.util.Set;

/**
 * The contract of processes/AnnualFeedbackProcess.bpmn (年度双向反馈): one instance per work unit's Party organisation
 * and year, started by the launcher at the configured date ({@link AnnualFeedbackLauncher}, message start) or by a
 * community's Party organisation by hand ({@link FeedbackStarters}); the report
 * and its lines are the members module's records, the instance carries their id and what its gateways route on.
 */
public final class AnnualFeedbackProcess {

    public static final String KEY = "AnnualFeedbackProcess";
    public static final String START_BY_HAND = "StartEvent_FeedbackStartedByHand";
    public static final String FEEDBACK_DUE = "StartEvent_FeedbackDue";
    /** The launcher's message: the configured date has come for this unit and year. */
    public static final String MESSAGE_DUE = "Message_AnnualFeedbackDue";
    public static final String IDENTIFY_STARTER = "Activity_IdentifyFeedbackStarter";
    public static final String CHOOSE_UNIT = "Activity_ChooseFeedbackUnit";
    public static final String COLLECT = "Activity_CollectFeedback";
    public static final String REVIEW_COMMUNITY = "SubProcess_ReviewCommunity";
    public static final String REVIEW = "Activity_ReviewFeedback";
    public static final String RECOUNT = "Activity_RecountFeedback";
    public static final String PART_SENT = "Event_CommunityPartSent";
    public static final String SEND = "Activity_SendFeedback";
    public static final String CONFIRM_RECEIPT = "Activity_ConfirmReceipt";
    public static final String REMINDER_DUE = "Event_ReceiptReminderDue";
    public static final String REMIND = "Activity_RemindUnit";
    public static final String UNIT_REMINDED = "Event_UnitReminded";
    public static final String RECEIPT_OVERDUE = "Event_ReceiptOverdue";
    public static final String RECORD_OVERDUE = "Activity_RecordReceiptOverdue";
    public static final String OVERDUE_RECORDED = "Event_OverdueRecorded";
    public static final String RECEIVED = "Event_FeedbackReceived";

    public static final ProcessVariable<Long> REPORT_ID = ProcessVariable.number("annualFeedbackId");
    public static final ProcessVariable<Long> ORG_ID = ProcessVariable.number("workUnitOrgId");
    /** The branch member who started it by hand: the choice of unit and year is hers. */
    public static final ProcessVariable<String> STARTER = ProcessVariable.text("starter");
    /** Process level: the first community of the report (supervisors' history access); in each review: its own. */
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;
    /** The branch's decision on its part: {@link #SEND} or {@link #RECOUNT}; local to the community's review. */
    public static final ProcessVariable<String> DECISION = ProcessVariable.text(AnnualFeedbacks.DECISION_FIELD);
    public static final String SEND_DECISION = "SEND";
    public static final String RECOUNT_DECISION = "RECOUNT";

    public static final String UNIT_FIELD = AnnualFeedbacks.UNIT_FIELD;
    public static final String UNIT_OPTIONS = "unitOptions";
    public static final String YEAR_FIELD = AnnualFeedbacks.YEAR_FIELD;
    public static final String YEAR_OPTIONS = "feedbackYearOptions";
    public static final String OVERALL_COMMENT = "overallComment";
    public static final String MEMBER_COMMENTS = AnnualFeedbacks.COMMENTS_FIELD;
    public static final String MEMBER_OPTIONS = "feedbackMemberOptions";

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(REPORT_ID, ORG_ID, STARTER, COMMUNITY_CODE, DECISION, CommonVariables.MATTER_CATEGORY,
                    CommonVariables.MATTER_PLACE, CommonVariables.MATTER_SUMMARY)
            .startForm(START_BY_HAND)
            .form(CHOOSE_UNIT, UNIT_FIELD, YEAR_FIELD)
            .form(REVIEW, DECISION.name(), OVERALL_COMMENT, MEMBER_COMMENTS)
            .form(CONFIRM_RECEIPT)
            .recorded(Set.of(UNIT_FIELD, YEAR_FIELD, OVERALL_COMMENT, MEMBER_COMMENTS))
            .build();

    private AnnualFeedbackProcess() {}
}
