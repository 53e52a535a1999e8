package cn.gongzhi.petition;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessVariable;

/**
 * The contract between the petition process and the joint-meeting escalation (docs/processes/petition.md): the
 * petition throws {@link #REQUESTED} with its number as business key; the escalation answers every petition it took
 * up by correlating {@link #RESOLVED} to that business key with the outcome in {@link #OUTCOME}. Both messages are
 * correlated by the engine's own code only: from outside the engine they are refused.
 */
public final class EscalationContract {

    public static final String REQUESTED = "Message_EscalationRequested";
    public static final String RESOLVED = "Message_EscalationResolved";
    /** Variables the escalation starts with. */
    public static final ProcessVariable<String> PETITION_NUMBER = ProcessVariable.text("petitionNumber");
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;
    public static final ProcessVariable<String> CATEGORY = ProcessVariable.text("category");
    /**
     * The login of the petition's worker who asked for the whistle. The request crosses a save point, so nobody is
     * acting when the escalation starts: its record names her from this, never from a person's command (a person
     * starting an escalation is named by her own login).
     */
    public static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.text("requestedBy");
    /** Variable the answer carries: the outcome, in words the resident reads at callback. */
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.text("escalationOutcome");

    /**
     * What the handler wrote when she found the matter beyond the community: the measures taken and the reason for
     * the whistle. The escalation reads it from {@code PetitionService.escalationGrounds} when the community Party
     * organisation's whistle form opens, and starts the form from it.
     */
    public record Grounds(String measures, String reason) {}

    /**
     * Where the handler's escalation reason starts in the petition's handling note ({@code measures\n申请吹哨：reason},
     * written by the handling step; {@code EscalationFlowTest} holds the two equal).
     */
    public static final String REASON_MARK = "申请吹哨：";

    private EscalationContract() {}
}
