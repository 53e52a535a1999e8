package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionEventType;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.shared.Masking;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The petition's side of the joint-meeting escalation (吹哨报到): the request, the meeting's decision as the resident's
 * timeline shows it, and the outcome the petition resumes with.
 */
@Service
@Transactional
public class PetitionEscalations {

    /** What the escalation starts with, taken from the petition record. */
    public record EscalationRequest(String number, String communityCode, String category, String requestedBy) {}

    private final PetitionRepository petitions;
    private final PetitionTimeline timeline;

    PetitionEscalations(PetitionRepository petitions, PetitionTimeline timeline) {
        this.petitions = petitions;
        this.timeline = timeline;
    }

    public EscalationRequest requested(long petitionId) {
        Petition petition = petitions.require(petitionId);
        petition.countEscalation();
        timeline.record(petition, PetitionEventType.ESCALATED, PetitionTimeline.SYSTEM,
                "社区党组织提请街道吹哨，召集职能部门联合办理", "社区党组织已提请街道吹哨，召集职能部门联合办理",
                PetitionStatus.ESCALATED, "已提请街道吹哨");
        return new EscalationRequest(petition.getNumber(), petition.getCommunityCode(), petition.getCategoryCode(),
                petition.getAssignedWorker());
    }

    public void resolved(long petitionId, String outcome) {
        Petition petition = petitions.require(petitionId);
        String said = outcome == null || outcome.isBlank() ? "联席会议已办结" : outcome;
        timeline.record(petition, PetitionEventType.ESCALATION_RESOLVED, PetitionTimeline.SYSTEM, said,
                PetitionTimeline.decision(said) + "；社区会回访您，听取您的意见", PetitionStatus.CALLBACK, "吹哨办结，待回访");
    }

    /**
     * The street's joint meeting decided what each department does by when: the resident's timeline shows it at once,
     * while the petition waits for the escalation's outcome. A petition already closed or resumed records nothing.
     */
    public void jointMeetingDecided(String petitionNumber, String decision) {
        petitions.findByNumber(petitionNumber).filter(p -> p.getStatus() == PetitionStatus.ESCALATED)
                .ifPresent(petition -> timeline.record(petition, PetitionEventType.JOINT_MEETING_DECIDED,
                        PetitionTimeline.SYSTEM, decision, "街道联席会议已决定：" + Masking.oneLine(decision,
                                PetitionTimeline.PUBLIC_DECISION_MAX),
                        PetitionStatus.ESCALATED, "联席会议已决定，督办落实中"));
    }

}
