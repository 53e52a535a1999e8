package cn.gongzhi.members.process;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import java.util.Set;

/**
 * The contract of processes/PartyMemberMoveAwayProcess.bpmn (党员迁出): a member of a community's Party organisation
 * records that one of its active reported members moved away or had her organisational relation transferred
 * ({@link MoveAwayStarters}); the registry ends her reporting and frees her posts and areas. The instance carries the
 * recorder, and once recorded the member's id and community, nothing else.
 */
public final class PartyMemberMoveAwayProcess {

    public static final String KEY = "PartyMemberMoveAwayProcess";
    public static final String START = "StartEvent_MoveAwayStarted";
    public static final String IDENTIFY_RECORDER = "Activity_IdentifyRecorder";
    public static final String RECORD_MOVE_AWAY = "Activity_RecordMoveAway";
    public static final String MOVED_AWAY = "Event_MemberMovedAway";

    /** Who started it, a member of a community's Party organisation: the record step is hers. */
    public static final ProcessVariable<String> RECORDER = ProcessVariable.text("recorder");
    /** The member recorded as moved away (set once recorded). */
    public static final ProcessVariable<Long> MEMBER_ID = PartyMemberReportingProcess.MEMBER_ID;
    /** Her community, once recorded: its and its street's supervisors read the instance's history. */
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;

    /** The member, chosen by name among the active members of the recorder's communities. */
    public static final String MEMBER_FIELD = "member";
    public static final String MEMBER_OPTIONS = "memberOptions";
    /** Moved away or organisational relation transferred: the registry keeps it. */
    public static final String REASON_FIELD = "reason";

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(RECORDER, MEMBER_ID, COMMUNITY_CODE, CommonVariables.MATTER_CATEGORY, CommonVariables.MATTER_PLACE)
            .startForm(START)
            .form(RECORD_MOVE_AWAY, MEMBER_FIELD, REASON_FIELD)
            .recorded(Set.of(MEMBER_FIELD, REASON_FIELD))
            .build();

    private PartyMemberMoveAwayProcess() {}
}
