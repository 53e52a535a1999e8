package cn.gongzhi.deliberation.process;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Variables the two deliberation processes share (form field keys and the quorum decision's inputs use the same
 * names), and the element ids of the steps they have in common.
 */
public final class DeliberationVariables {

    /** Input parameter of the register step: VILLAGE or URBAN. */
    public static final String DELIBERATION_KIND = "deliberationKind";
    public static final String DELIBERATION_ID = "deliberationId";
    public static final String DELIBERATION_NUMBER = "deliberationNumber";
    public static final String COMMUNITY_CODE = "communityCode";
    public static final String RESOLUTION_BODY = "resolutionBody";
    public static final String ONE_SHOULDER = "oneShoulder";
    /** Input parameter of each meeting task: the body that meets. */
    public static final String MEETING_BODY = "meetingBody";
    public static final String MEETING_ID = "meetingId";
    public static final String BODY_KIND = "bodyKind";
    public static final String BODY_LABEL = "meetingBodyLabel";
    public static final String DUE_COUNT = "dueCount";
    public static final String HOUSEHOLDS_DUE = "householdsDue";
    public static final String PRESENT_COUNT = "presentCount";
    public static final String HOUSEHOLDS_PRESENT = "householdsPresent";
    public static final String VOTES_FOR = "votesFor";
    public static final String QUORUM_REACHED = "quorumReached";
    public static final String PASSED = "passed";
    /** NO_QUORUM, REJECTED or PASSED: what the verdict gateways route on. */
    public static final String MEETING_VERDICT = "meetingVerdict";
    public static final String REJECTION_REASONS = "rejectionReasons";
    /** Output of the quorum decision: the rule a meeting without quorum failed (null otherwise). */
    public static final String QUORUM_RULE = "quorumRule";
    /** Why the meeting must be held again, shown on the next meeting form; removed once a meeting has quorum. */
    public static final String PREVIOUS_MEETING = "previousMeeting";
    public static final String REVISION_ALLOWED = "revisionAllowed";
    public static final String TOPIC_DECISION = "topicDecision";
    /** Output of the disclosure call activities. */
    public static final String DISCLOSURE_OUTCOME = "disclosureOutcome";

    /** Start form text: recorded in the deliberation table, then removed from the process. */
    public static final Set<String> START_FORM_TEXT = Set.of("title", "plan", "origin", "motionBasis",
            "motionSupporters", "topicSource");
    /** Meeting form values recorded in the meeting table and not needed by the decision. */
    public static final Set<String> MEETING_FORM_TEXT = Set.of("heldOn", "votesAgainst", "votesAbstain", "attendees",
            "minutes");
    /** Step form text recorded in the timeline. */
    public static final Set<String> STEP_FORM_TEXT = Set.of("opinionsHeard", "plan", "revisionNote",
            "implementationReport", "reviewNote", "stakeholders", "noticeText", "participantCount", "opinions",
            "feedback");

    public static final String NO_QUORUM = "NO_QUORUM";
    public static final String REJECTED = "REJECTED";
    public static final String UPHELD = "UPHELD";

    private DeliberationVariables() {}

    public static long deliberationId(VariableScope scope) {
        return ((Number) scope.getVariable(DELIBERATION_ID)).longValue();
    }
}
