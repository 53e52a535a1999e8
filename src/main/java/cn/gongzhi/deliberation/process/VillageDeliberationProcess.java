package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.MEETING_FORM;

import cn.gongzhi.shared.process.ProcessContract;
import java.util.Set;

/**
 * The contract of processes/VillageDeliberationProcess.bpmn ("four deliberations, two disclosures"): key, element
 * ids and forms. Variables: {@link DeliberationVariables}.
 */
public final class VillageDeliberationProcess {

    public static final String KEY = "VillageDeliberationProcess";
    public static final String START = "StartEvent_ProposalRaised";
    /** Where the starter belongs to several villages: she chooses the matter's, by name. */
    public static final String CHOOSE_COMMUNITY = "Activity_ChooseCommunity";
    public static final String PROPOSE_PLAN = "Activity_ProposePlan";
    public static final String HOLD_JOINT_MEETING = "Activity_HoldJointMeeting";
    public static final String HOLD_PARTY_ASSEMBLY = "Activity_HoldPartyAssembly";
    public static final String HOLD_RESOLUTION = "Activity_HoldResolution";
    public static final String DISCLOSE_RESOLUTION = "CallActivity_DiscloseResolution";
    public static final String IMPLEMENT = "Activity_ImplementResolution";
    public static final String DISCLOSE_RESULT = "CallActivity_DiscloseResult";
    public static final String REVISE_PLAN = "Activity_RevisePlan";
    public static final String COMPLETED = "Event_DeliberationCompleted";
    public static final String REJECTED = "Event_DeliberationRejected";

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(DeliberationVariables.SYSTEM)
            .startForm(START, "title", "plan", "origin", "motionBasis", "motionSupporters",
                    "resolutionBody")
            .form(CHOOSE_COMMUNITY, DeliberationVariables.COMMUNITY_CHOICE)
            .form(PROPOSE_PLAN, "opinionsHeard")
            .form(HOLD_JOINT_MEETING, MEETING_FORM)
            .form(HOLD_PARTY_ASSEMBLY, MEETING_FORM)
            .form(HOLD_RESOLUTION, MEETING_FORM)
            .form(IMPLEMENT, "implementationReport")
            .form(REVISE_PLAN, "plan", "revisionNote")
            .recorded(Set.of("title", "plan", "origin", "motionBasis", "motionSupporters",
                    DeliberationVariables.COMMUNITY_CHOICE, "opinionsHeard", "implementationReport", "revisionNote"))
            .recorded(DeliberationVariables.MEETING_FORM_FIELDS)
            .build();

    private VillageDeliberationProcess() {}
}
