package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.MEETING_FORM;

import cn.gongzhi.shared.process.ProcessContract;
import java.util.Set;

/**
 * The contract of processes/ResidentConsultationProcess.bpmn (urban residents' consultation): key, element ids and
 * forms. Variables: {@link DeliberationVariables}.
 */
public final class ResidentConsultationProcess {

    public static final String KEY = "ResidentConsultationProcess";
    public static final String START = "StartEvent_TopicRaised";
    /** Where the starter belongs to several communities: she chooses the topic's, by name. */
    public static final String CHOOSE_COMMUNITY = "Activity_ChooseCommunity";
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

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(DeliberationVariables.SYSTEM)
            .startForm(START, "title", "plan", "topicSource", "resolutionBody")
            .form(CHOOSE_COMMUNITY, DeliberationVariables.COMMUNITY_CHOICE)
            .form(REVIEW_TOPIC, "topicDecision", "reviewNote")
            .form(NOTIFY, "stakeholders", "memberContacts", "consultationAt", "consultationPlace", "noticeText")
            .form(CONSULT, "participantCount", "opinions")
            .form(HOLD_RESIDENTS_MEETING, MEETING_FORM)
            .form(IMPLEMENT, "implementationReport")
            .form(FEEDBACK, "feedback")
            .recorded(Set.of("title", "plan", "topicSource", DeliberationVariables.COMMUNITY_CHOICE, "reviewNote",
                    "stakeholders", "memberContacts", "consultationAt", "consultationPlace", "noticeText",
                    "participantCount", "opinions",
                    "implementationReport", "feedback"))
            .recorded(DeliberationVariables.MEETING_FORM_FIELDS)
            .build();

    private ResidentConsultationProcess() {}
}
