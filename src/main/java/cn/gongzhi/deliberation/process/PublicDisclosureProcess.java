package cn.gongzhi.deliberation.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names in processes/PublicDisclosureProcess.bpmn. Callers pass the inputs; they get {@link #OUTCOME} back. */
public final class PublicDisclosureProcess {

    public static final String KEY = "PublicDisclosureProcess";
    public static final String PUBLISH = "Activity_PublishNotice";
    public static final String WINDOW = "SubProcess_ObjectionWindow";
    public static final String WINDOW_ELAPSED = "Event_ObjectionWindowElapsed";
    public static final String REVIEW = "Activity_ReviewObjections";
    public static final String ARCHIVED = "Event_NoticeArchived";
    public static final String WITHDRAWN = "Event_NoticeWithdrawn";

    /** Correlated for each objection a resident files; business key: the notice number. */
    public static final String MESSAGE_OBJECTION_FILED = "Message_ObjectionFiled";

    // inputs
    public static final String COMMUNITY_CODE = "communityCode";
    public static final String KIND = "disclosureKind";
    public static final String DELIBERATION_ID = "deliberationId";
    public static final String TITLE = "disclosureTitle";
    public static final String CONTENT = "disclosureContent";
    // set inside
    public static final String DISCLOSURE_ID = "disclosureId";
    public static final String DISCLOSURE_NUMBER = "disclosureNumber";
    public static final String DEADLINE = "objectionDeadline";
    public static final String OBJECTION_COUNT = "objectionCount";
    public static final String RULING = "objectionRuling";
    /** Output: NO_OBJECTION, DISMISSED or UPHELD. */
    public static final String OUTCOME = "disclosureOutcome";

    public static final String NO_OBJECTION = "NO_OBJECTION";

    private PublicDisclosureProcess() {}

    public static long disclosureId(VariableScope scope) {
        return ((Number) scope.getVariable(DISCLOSURE_ID)).longValue();
    }
}
