package cn.gongzhi.deliberation.process;

/** Element ids of processes/VillageDeliberationProcess.bpmn. Variables: {@link DeliberationVariables}. */
public final class VillageDeliberationProcess {

    public static final String KEY = "VillageDeliberationProcess";
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

    private VillageDeliberationProcess() {}
}
