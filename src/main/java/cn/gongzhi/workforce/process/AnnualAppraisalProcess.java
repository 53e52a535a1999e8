package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import cn.gongzhi.workforce.domain.AppraisalSettlement;
import java.util.Set;

/**
 * The contract of processes/AnnualAppraisalProcess.bpmn (社区工作者年度考核): one instance per street and year, started
 * by the launcher at the configured date ({@link AnnualAppraisalLauncher}, message start) or by the street office by
 * hand ({@link AppraisalStarters}); the round and its sheets are the workforce module's records, the instance carries
 * the round's id, each worker's branch its sheet's id and what the gateways route on.
 */
public final class AnnualAppraisalProcess {

    public static final String KEY = "AnnualAppraisalProcess";
    public static final String START_BY_HAND = "StartEvent_AppraisalStartedByHand";
    public static final String APPRAISAL_DUE = "StartEvent_AppraisalDue";
    public static final String MESSAGE_DUE = "Message_AnnualAppraisalDue";
    public static final String IDENTIFY_STARTER = "Activity_IdentifyAppraisalStarter";
    public static final String CHOOSE_STREET = "Activity_ChooseAppraisalStreet";
    public static final String APPRAISE_WORKER = "SubProcess_AppraiseWorker";
    public static final String FILE_SELF_REPORT = "Activity_FileSelfReport";
    public static final String SELF_REPORT_OVERDUE = "Event_SelfReportOverdue";
    public static final String COUNT = "Activity_CountWorkFigures";
    public static final String PROPOSE = "Activity_ProposeResult";
    public static final String RECOUNT = "Activity_RecountWorkFigures";
    public static final String DECIDE = "Activity_DecideResult";
    public static final String PUBLISH = "Activity_PublishResults";
    public static final String SETTLE_RESULT = "SubProcess_SettleResult";
    public static final String FILE_OBJECTION = "Activity_FileObjection";
    public static final String PUBLICITY_ENDED = "Event_PublicityEnded";
    public static final String REVIEW_OBJECTION = "Activity_ReviewObjection";
    public static final String RECORD_FINAL = "Activity_RecordFinalResult";
    public static final String FOLLOW_UP = "Activity_FollowUpIncompetent";
    public static final String RESULT_FINAL = "Event_ResultFinal";
    public static final String FOLLOW_UP_RECORDED = "Event_FollowUpRecorded";
    public static final String COMPLETED = "Event_AppraisalCompleted";

    public static final ProcessVariable<Long> ROUND_ID = ProcessVariable.number("appraisalRoundId");
    /** In each worker's branch: her sheet. */
    public static final ProcessVariable<Long> SHEET_ID = ProcessVariable.number("sheetId");
    /** The street office member who started it by hand: the choice of street and year is hers. */
    public static final ProcessVariable<String> STARTER = ProcessVariable.text("starter");
    /** The proposer's decision: {@link #PROPOSE_DECISION} or {@link #RECOUNT_DECISION}; local to the branch. */
    public static final ProcessVariable<String> DECISION = ProcessVariable.text("appraisalDecision");
    public static final String PROPOSE_DECISION = "PROPOSE";
    public static final String RECOUNT_DECISION = "RECOUNT";
    /** The final result of the branch's sheet (an AppraisalResult name): the follow-up gateway routes on it. */
    public static final ProcessVariable<String> RESULT = ProcessVariable.text("appraisalResult");

    public static final String STREET_FIELD = AnnualAppraisals.STREET_FIELD;
    public static final String STREET_OPTIONS = "appraisalStreetOptions";
    public static final String YEAR_FIELD = AnnualAppraisals.YEAR_FIELD;
    public static final String YEAR_OPTIONS = "appraisalYearOptions";
    public static final String SELF_REPORT = AnnualAppraisals.SELF_REPORT_FIELD;
    public static final String PROPOSED_RESULT = AnnualAppraisals.RESULT_FIELD;
    public static final String PROPOSAL_COMMENT = "proposalComment";
    public static final String DECIDED_RESULT = AnnualAppraisals.DECIDED_FIELD;
    public static final String DECISION_COMMENT = "decisionComment";
    public static final String RESULT_OPTIONS = "appraisalResultOptions";
    public static final String OBJECTION = AppraisalSettlement.OBJECTION_FIELD;
    public static final String RULING = "objectionRuling";
    public static final String CHANGED_RESULT = AppraisalSettlement.CHANGED_TO_FIELD;
    public static final String RULING_REASON = AppraisalSettlement.RULING_REASON_FIELD;
    public static final String FOLLOW_UP_NOTE = AppraisalSettlement.FOLLOW_UP_FIELD;

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(ROUND_ID, SHEET_ID, STARTER, DECISION, RESULT, CommonVariables.MATTER_CATEGORY,
                    CommonVariables.MATTER_SUMMARY)
            .startForm(START_BY_HAND)
            .form(CHOOSE_STREET, STREET_FIELD, YEAR_FIELD)
            .form(FILE_SELF_REPORT, SELF_REPORT)
            .form(PROPOSE, DECISION.name(), PROPOSED_RESULT, PROPOSAL_COMMENT)
            .form(DECIDE, DECIDED_RESULT, DECISION_COMMENT)
            .form(FILE_OBJECTION, OBJECTION)
            .form(REVIEW_OBJECTION, RULING, CHANGED_RESULT, RULING_REASON)
            .form(FOLLOW_UP, FOLLOW_UP_NOTE)
            .recorded(Set.of(STREET_FIELD, YEAR_FIELD, SELF_REPORT, PROPOSED_RESULT, PROPOSAL_COMMENT, DECIDED_RESULT,
                    DECISION_COMMENT, OBJECTION, RULING, CHANGED_RESULT, RULING_REASON, FOLLOW_UP_NOTE))
            .build();

    private AnnualAppraisalProcess() {}
}
