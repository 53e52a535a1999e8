package cn.gongzhi.deliberation.process;

/** Element ids of processes/ResidentConsultationProcess.bpmn. Variables: {@link DeliberationVariables}. */
public final class ResidentConsultationProcess {

    public static final String KEY = "ResidentConsultationProcess";
    public static final String REVIEW_TOPIC = "Activity_ReviewTopic";
    public static final String NOTIFY = "Activity_NotifyStakeholders";
    public static final String CONSULT = "Activity_HoldConsultation";
    public static final String HOLD_RESIDENTS_MEETING = "Activity_HoldResidentsMeeting";
    public static final String IMPLEMENT = "Activity_ImplementDecision";
    public static final String DISCLOSE_RESULT = "CallActivity_DiscloseResult";
    public static final String FEEDBACK = "Activity_CollectFeedback";
    public static final String COMPLETED = "Event_ConsultationCompleted";
    public static final String DECLINED = "Event_TopicDeclined";
    public static final String REJECTED = "Event_ConsultationRejected";

    private ResidentConsultationProcess() {}
}
