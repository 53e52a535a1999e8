package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import cn.gongzhi.workforce.domain.TrainingRounds;
import java.util.Set;

/**
 * The contract of processes/TrainingPlanProcess.bpmn (年度培训计划): one instance per community and year, started by
 * the launcher at the configured day ({@link TrainingPlanLauncher}, message start) or by hand by the community's head
 * or the street office ({@link TrainingStarters}); the round and the head's proposal are the workforce module's
 * records, the approved plans the registry's; the instance carries their ids and what its gateways route on.
 */
public final class TrainingPlanProcess {

    public static final String KEY = "TrainingPlanProcess";
    public static final String START_BY_HAND = "StartEvent_PlanStartedByHand";
    public static final String PLAN_DUE = "StartEvent_PlanDue";
    /** The launcher's message: the configured day has come for this community and year. */
    public static final String MESSAGE_DUE = "Message_TrainingPlanDue";
    public static final String IDENTIFY_STARTER = "Activity_IdentifyPlanStarter";
    public static final String CHOOSE_COMMUNITY = "Activity_ChoosePlanCommunity";
    public static final String DRAFT = "Activity_DraftPlan";
    public static final String REVIEW = "Activity_ReviewPlan";
    public static final String ENROL = "Activity_EnrolWorkers";
    public static final String REMINDER_POINT = "Event_ReminderPointReached";
    public static final String MAKE_UP_HOURS = "Activity_MakeUpHours";
    public static final String REMINDER_LAPSED = "Event_ReminderLapsed";
    public static final String WORKERS_REMINDED = "Event_WorkersReminded";
    public static final String REMINDER_WITHDRAWN = "Event_ReminderWithdrawn";
    public static final String YEAR_OVER = "Event_PlanYearOver";

    public static final ProcessVariable<Long> ROUND_ID = ProcessVariable.number("trainingRoundId");
    /** The login who started it by hand: the choice of community and year is hers. */
    public static final ProcessVariable<String> STARTER = ProcessVariable.text("starter");
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;
    /** The community's street: its office (street-party-&lt;code&gt;) approves the plan. */
    public static final ProcessVariable<String> STREET_CODE = TrainingCourseProcess.STREET_CODE;
    /** The street office's decision: {@link #APPROVE} or {@link #RETURN}. */
    public static final ProcessVariable<String> DECISION = ProcessVariable.text("planDecision");
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    /** A reminder's worker (local to her reminder task). */
    public static final ProcessVariable<Long> WORKER_ID = ProcessVariable.number("workerId");

    public static final String COMMUNITY_FIELD = TrainingRounds.COMMUNITY_FIELD;
    public static final String COMMUNITY_OPTIONS = "planCommunityOptions";
    public static final String YEAR_FIELD = "planYear";
    public static final String YEAR_OPTIONS = "planYearOptions";
    public static final String PLANS = TrainingRounds.PLANS_FIELD;
    public static final String WORKER_OPTIONS = "planWorkerOptions";
    public static final String COURSE_OPTIONS = "planCourseOptions";
    public static final String REVIEW_COMMENT = TrainingRounds.COMMENT_FIELD;

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(ROUND_ID, STARTER, COMMUNITY_CODE, STREET_CODE, DECISION, WORKER_ID,
                    CommonVariables.MATTER_CATEGORY, CommonVariables.MATTER_PLACE, CommonVariables.MATTER_SUMMARY)
            .startForm(START_BY_HAND)
            .form(CHOOSE_COMMUNITY, COMMUNITY_FIELD, YEAR_FIELD)
            .form(DRAFT, PLANS)
            .form(REVIEW, DECISION.name(), REVIEW_COMMENT)
            .form(MAKE_UP_HOURS)
            .recorded(Set.of(COMMUNITY_FIELD, YEAR_FIELD, PLANS, REVIEW_COMMENT))
            .build();

    private TrainingPlanProcess() {}
}
