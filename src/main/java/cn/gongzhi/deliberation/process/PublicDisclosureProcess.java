package cn.gongzhi.deliberation.process;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import java.util.Date;
import java.util.Set;

/**
 * The contract of processes/PublicDisclosureProcess.bpmn. Only ever a called process: callers pass the inputs and
 * get {@link #OUTCOME} back; no one starts it by hand, and its objection message is correlated only by the board's
 * own service (an objection filed on the public board).
 */
public final class PublicDisclosureProcess {

    public static final String KEY = "PublicDisclosureProcess";
    public static final String START = "StartEvent_DisclosureRequested";
    public static final String PUBLISH = "Activity_PublishNotice";
    public static final String WINDOW = "SubProcess_ObjectionWindow";
    public static final String WINDOW_ELAPSED = "Event_ObjectionWindowElapsed";
    public static final String REVIEW = "Activity_ReviewObjections";
    public static final String ARCHIVED = "Event_NoticeArchived";
    public static final String WITHDRAWN = "Event_NoticeWithdrawn";

    /** Correlated for each objection a resident files; business key: the notice number. */
    public static final String MESSAGE_OBJECTION_FILED = "Message_ObjectionFiled";

    // inputs
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;
    public static final ProcessVariable<String> KIND = ProcessVariable.text("disclosureKind");
    public static final ProcessVariable<Long> DELIBERATION_ID = ProcessVariable.number("deliberationId");
    public static final ProcessVariable<String> TITLE = ProcessVariable.text("disclosureTitle");
    public static final ProcessVariable<String> CONTENT = ProcessVariable.text("disclosureContent");
    /** Optional: what the notice is about, numbers separated by commas (an escalation and its petitions). */
    public static final ProcessVariable<String> SUBJECTS = ProcessVariable.text("disclosureSubjects");
    // set inside
    public static final ProcessVariable<Long> DISCLOSURE_ID = ProcessVariable.number("disclosureId");
    public static final ProcessVariable<String> DISCLOSURE_NUMBER = ProcessVariable.text("disclosureNumber");
    public static final ProcessVariable<Date> DEADLINE = ProcessVariable.date("objectionDeadline");
    public static final ProcessVariable<Long> OBJECTION_COUNT = ProcessVariable.number("objectionCount");
    public static final ProcessVariable<String> RULING = ProcessVariable.text("objectionRuling");
    /** Output: NO_OBJECTION, DISMISSED or UPHELD. */
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.text("disclosureOutcome");

    public static final String NO_OBJECTION = "NO_OBJECTION";

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(COMMUNITY_CODE, KIND, DELIBERATION_ID, TITLE, CONTENT, SUBJECTS, DISCLOSURE_ID, DISCLOSURE_NUMBER, DEADLINE,
                    OBJECTION_COUNT, RULING, OUTCOME)
            .form(REVIEW, "objectionRuling", "rulingReasons")
            .recorded(Set.of("rulingReasons"))
            .build();

    private PublicDisclosureProcess() {}
}
