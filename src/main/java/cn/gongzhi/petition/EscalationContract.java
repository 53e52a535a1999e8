package cn.gongzhi.petition;

/**
 * The contract between the petition process and the joint-meeting escalation (docs/processes/petition.md): the
 * petition throws {@link #REQUESTED} with its number as business key; the escalation answers every petition it took
 * up by correlating {@link #RESOLVED} to that business key with the outcome in {@link #OUTCOME}.
 */
public final class EscalationContract {

    public static final String REQUESTED = "Message_EscalationRequested";
    public static final String RESOLVED = "Message_EscalationResolved";
    /** Variables the escalation starts with. */
    public static final String PETITION_NUMBER = "petitionNumber";
    public static final String COMMUNITY_CODE = "communityCode";
    public static final String CATEGORY = "category";
    /** Variable the answer carries: the outcome, in words the resident reads at callback. */
    public static final String OUTCOME = "escalationOutcome";

    private EscalationContract() {}
}
