package cn.gongzhi.members.process;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import java.util.Set;

/**
 * The contract of processes/PartyMemberReportingProcess.bpmn: key, element ids, typed variables and forms. A Party
 * member, or the contact of her work unit's Party organisation, starts it by hand ({@link ReportingStarters}); the
 * instance carries the member's registry id, her community and the branch's decision, nothing else.
 */
public final class PartyMemberReportingProcess {

    public static final String KEY = "PartyMemberReportingProcess";
    public static final String START = "StartEvent_ReportingStarted";
    public static final String IDENTIFY_REPORTER = "Activity_IdentifyReporter";
    public static final String COMPLETE_REPORT = "Activity_CompleteReport";
    public static final String CONFIRM_REPORTING = "Activity_ConfirmReporting";
    /** The reporting ends here: she is active with her post or area (moving away is PartyMemberMoveAwayProcess). */
    public static final String MEMBER_ACTIVE = "Event_MemberActive";

    /** Who started it: the member herself or her unit's contact; the report step is hers. */
    public static final ProcessVariable<String> REPORTER = ProcessVariable.text("reporter");
    /** The member's registry record. */
    public static final ProcessVariable<Long> MEMBER_ID = ProcessVariable.number("partyMemberId");
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;
    /** The community Party organisation's decision: {@link #CONFIRM} or {@link #RETURN}; routes the gateway. */
    public static final ProcessVariable<String> DECISION = ProcessVariable.text("decision");
    public static final String CONFIRM = "CONFIRM";
    public static final String RETURN = "RETURN";

    // form fields whose values are choices among what the step offered (FormView)
    public static final String MEMBER_FIELD = "member";
    public static final String MEMBER_OPTIONS = "memberOptions";
    public static final String COMMUNITY_FIELD = "community";
    public static final String COMMUNITY_OPTIONS = "communityOptions";
    /** A pioneer post or a responsibility area of the community, vacant, by name. */
    public static final String DUTY_FIELD = "duty";
    public static final String DUTY_OPTIONS = "dutyOptions";
    /** The reason a reporting is sent back: the registry keeps it. */
    public static final String REASON_FIELD = "reason";

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(REPORTER, MEMBER_ID, COMMUNITY_CODE, DECISION, CommonVariables.MATTER_CATEGORY,
                    CommonVariables.MATTER_PLACE, CommonVariables.MATTER_SUMMARY)
            .startForm(START)
            .form(COMPLETE_REPORT, MEMBER_FIELD, COMMUNITY_FIELD)
            .form(CONFIRM_REPORTING, DECISION.name(), DUTY_FIELD, REASON_FIELD)
            .recorded(Set.of(MEMBER_FIELD, COMMUNITY_FIELD, DUTY_FIELD, REASON_FIELD))
            .build();

    private PartyMemberReportingProcess() {}
}
