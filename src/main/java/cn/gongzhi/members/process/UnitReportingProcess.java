package cn.gongzhi.members.process;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import java.util.Set;

/**
 * The contract of processes/UnitReportingProcess.bpmn: a work unit's Party organisation reports to a community with
 * its joint-building agreement (单位报到), started by the organisation's contact ({@link UnitReportingStarters}); the
 * community Party organisation confirms it or sends it back; the agreement ends when its term has ended.
 */
public final class UnitReportingProcess {

    public static final String KEY = "UnitReportingProcess";
    public static final String START = "StartEvent_UnitReportingStarted";
    public static final String IDENTIFY_UNIT = "Activity_IdentifyUnit";
    public static final String DRAFT_AGREEMENT = "Activity_DraftAgreement";
    public static final String CONFIRM_UNIT_REPORTING = "Activity_ConfirmUnitReporting";
    public static final String TERM_ENDED = "Event_TermEnded";
    public static final String END_AGREEMENT = "Activity_EndAgreement";
    public static final String AGREEMENT_ENDED = "Event_AgreementEnded";

    /** The organisation's contact who started it: the agreement step is hers. */
    public static final ProcessVariable<String> REPORTER = PartyMemberReportingProcess.REPORTER;
    public static final ProcessVariable<Long> ORG_ID = ProcessVariable.number("workUnitOrgId");
    /** The unit reporting's registry record, with the agreement. */
    public static final ProcessVariable<Long> AGREEMENT_ID = ProcessVariable.number("unitReportingId");
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;
    public static final ProcessVariable<String> DECISION = PartyMemberReportingProcess.DECISION;
    public static final String CONFIRM = PartyMemberReportingProcess.CONFIRM;
    public static final String RETURN = PartyMemberReportingProcess.RETURN;

    public static final String COMMUNITY_FIELD = "community";
    public static final String COMMUNITY_OPTIONS = "communityOptions";
    public static final String RESOURCES_FIELD = "resourcesOffered";
    public static final String TERM_START_FIELD = "termStart";
    public static final String TERM_END_FIELD = "termEnd";
    public static final String REASON_FIELD = "reason";

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(REPORTER, ORG_ID, AGREEMENT_ID, COMMUNITY_CODE, DECISION, CommonVariables.MATTER_CATEGORY,
                    CommonVariables.MATTER_PLACE, CommonVariables.MATTER_SUMMARY)
            .startForm(START)
            .form(DRAFT_AGREEMENT, COMMUNITY_FIELD, RESOURCES_FIELD, TERM_START_FIELD, TERM_END_FIELD)
            .form(CONFIRM_UNIT_REPORTING, DECISION.name(), REASON_FIELD)
            .recorded(Set.of(COMMUNITY_FIELD, RESOURCES_FIELD, TERM_START_FIELD, TERM_END_FIELD, REASON_FIELD))
            .build();

    private UnitReportingProcess() {}
}
