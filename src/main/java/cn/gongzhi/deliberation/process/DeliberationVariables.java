package cn.gongzhi.deliberation.process;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessVariable;
import java.util.List;
import java.util.Set;

/**
 * Variables the two deliberation processes share (form field keys and the quorum decision's inputs use the same
 * names), and the fields of the forms they have in common. Each process's own class is its contract.
 */
public final class DeliberationVariables {

    /** Input parameter of the register step: VILLAGE or URBAN. */
    public static final ProcessVariable<String> DELIBERATION_KIND = ProcessVariable.text("deliberationKind");
    public static final ProcessVariable<Long> DELIBERATION_ID = ProcessVariable.number("deliberationId");
    public static final ProcessVariable<String> DELIBERATION_NUMBER = ProcessVariable.text("deliberationNumber");
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;
    /**
     * Whether the register step knows the village (community): from who started, where she belongs to one; false
     * until she has chosen, where she belongs to several.
     */
    public static final ProcessVariable<Boolean> COMMUNITY_KNOWN = ProcessVariable.flag("communityKnown");
    /** Who started the matter and must choose its village (community) among hers: the choice task's assignee. */
    public static final ProcessVariable<String> PROPOSER = ProcessVariable.text("proposer");
    public static final ProcessVariable<String> RESOLUTION_BODY = ProcessVariable.text("resolutionBody");
    public static final ProcessVariable<Boolean> ONE_SHOULDER = ProcessVariable.flag("oneShoulder");
    /** Input parameter of each meeting task: the body that meets. */
    public static final ProcessVariable<String> MEETING_BODY = ProcessVariable.text("meetingBody");
    public static final ProcessVariable<Long> MEETING_ID = ProcessVariable.number("meetingId");
    public static final ProcessVariable<String> BODY_KIND = ProcessVariable.text("bodyKind");
    public static final ProcessVariable<String> BODY_LABEL = ProcessVariable.text("meetingBodyLabel");
    public static final ProcessVariable<Long> DUE_COUNT = ProcessVariable.number("dueCount");
    public static final ProcessVariable<Long> HOUSEHOLDS_DUE = ProcessVariable.number("householdsDue");
    public static final ProcessVariable<Long> PRESENT_COUNT = ProcessVariable.number("presentCount");
    public static final ProcessVariable<Long> HOUSEHOLDS_PRESENT = ProcessVariable.number("householdsPresent");
    public static final ProcessVariable<Long> VOTES_FOR = ProcessVariable.number("votesFor");
    public static final ProcessVariable<Boolean> QUORUM_REACHED = ProcessVariable.flag("quorumReached");
    public static final ProcessVariable<Boolean> PASSED = ProcessVariable.flag("passed");
    /** NO_QUORUM, REJECTED or PASSED: what the verdict gateways route on. */
    public static final ProcessVariable<String> MEETING_VERDICT = ProcessVariable.text("meetingVerdict");
    public static final ProcessVariable<String> REJECTION_REASONS = ProcessVariable.text("rejectionReasons");
    /** Output of the quorum decision: the rule a meeting without quorum failed (null otherwise). */
    public static final ProcessVariable<String> QUORUM_RULE = ProcessVariable.text("quorumRule");
    /** Why the meeting must be held again, shown on the next meeting form; removed once a meeting has quorum. */
    public static final ProcessVariable<String> PREVIOUS_MEETING = ProcessVariable.text("previousMeeting");
    public static final ProcessVariable<Boolean> REVISION_ALLOWED = ProcessVariable.flag("revisionAllowed");
    public static final ProcessVariable<String> TOPIC_DECISION = ProcessVariable.text("topicDecision");
    /** Output of the disclosure call activities. */
    public static final ProcessVariable<String> DISCLOSURE_OUTCOME = PublicDisclosureProcess.OUTCOME;

    /** Every variable of a deliberation that only the engine's own code writes. */
    static final List<ProcessVariable<?>> SYSTEM = List.of(DELIBERATION_KIND, DELIBERATION_ID, DELIBERATION_NUMBER,
            COMMUNITY_CODE, COMMUNITY_KNOWN, PROPOSER, CommonVariables.MATTER_NUMBER, CommonVariables.MATTER_CATEGORY,
            CommonVariables.MATTER_PLACE, CommonVariables.MATTER_SUMMARY, RESOLUTION_BODY, ONE_SHOULDER, MEETING_BODY, MEETING_ID, BODY_KIND, BODY_LABEL, DUE_COUNT,
            HOUSEHOLDS_DUE, PRESENT_COUNT, HOUSEHOLDS_PRESENT, VOTES_FOR, QUORUM_REACHED, PASSED, MEETING_VERDICT,
            REJECTION_REASONS, QUORUM_RULE, PREVIOUS_MEETING, REVISION_ALLOWED, TOPIC_DECISION, DISCLOSURE_OUTCOME);

    /** The fields of the meeting form (forms/hold-meeting.form), the same for every body that meets. */
    static final String[] MEETING_FORM = {"heldOn", "attendance", "presentCount", "householdsPresent", "votesFor",
            "votesAgainst", "votesAbstain", "minutes"};

    /**
     * The meeting form's fields as a set: all of them are kept in the meeting record, with who recorded it, and leave
     * the process once the verdict is in (the text at completion, the counts the quorum decision read after it).
     */
    static final Set<String> MEETING_FORM_FIELDS = Set.of(MEETING_FORM);

    /** The meeting form's checklist of those due: the ids of the members ticked as present. */
    public static final String ATTENDANCE = "attendance";
    /** Its options: the roll drawn from the registry when the meeting opened, by name. */
    public static final String ATTENDANCE_OPTIONS = "attendanceOptions";
    /** The choice task's field: the village (community) the matter is for, among the starter's own. */
    public static final String COMMUNITY_CHOICE = "community";
    public static final String COMMUNITY_OPTIONS = "communityOptions";

    /** Start form text: recorded in the deliberation table, then removed from the process. */
    public static final Set<String> START_FORM_TEXT = Set.of("title", "plan", "origin", "motionBasis",
            "motionSupporters", "topicSource");
    /** Meeting form values recorded in the meeting table and not needed by the decision. */
    public static final Set<String> MEETING_FORM_TEXT = Set.of("heldOn", "votesAgainst", "votesAbstain", ATTENDANCE,
            "minutes");
    /**
     * The counts the quorum decision reads: removed once the verdict is recorded, so that a meeting held again
     * starts from an empty form, not from the last meeting's numbers.
     */
    static final List<ProcessVariable<Long>> MEETING_COUNTS = List.of(PRESENT_COUNT, HOUSEHOLDS_PRESENT, VOTES_FOR);

    public static final String NO_QUORUM = "NO_QUORUM";
    public static final String REJECTED = "REJECTED";
    public static final String UPHELD = "UPHELD";

    private DeliberationVariables() {}
}
