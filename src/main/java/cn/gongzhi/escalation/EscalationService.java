package cn.gongzhi.escalation;

import cn.gongzhi.escalation.domain.CommitmentRepository;
import cn.gongzhi.escalation.domain.Escalation;
import cn.gongzhi.escalation.domain.EscalationDepartmentRepository;
import cn.gongzhi.escalation.domain.EscalationEventRepository;
import cn.gongzhi.escalation.domain.EscalationPetitionRepository;
import cn.gongzhi.escalation.domain.EscalationRepository;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.TimelineStep;
import cn.gongzhi.shared.RecordNotFoundException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An escalation as the street committee, departments and supervisors read it; free text masked. */
@Service
@Transactional(readOnly = true)
public class EscalationService {

    public record EscalationView(String number, String communityCode, String streetCode, String category,
            String origin, EscalationStatus status, String reason, String triedSoFar, LocalDateTime meetingTime,
            String instructions, String outcome, LocalDateTime openedAt, LocalDateTime closedAt,
            List<String> petitions, List<DepartmentView> departments, List<CommitmentView> commitments,
            List<TimelineStep> steps) {}

    public record DepartmentView(String code, LocalDateTime reportDue, LocalDateTime reportedAt, boolean late,
            Boolean attended, Integer ratingOnTime, Integer ratingEffective, Integer ratingCooperative) {}

    public record CommitmentView(String department, String action, LocalDate deadline, String status,
            LocalDateTime doneAt) {}


    private final EscalationRepository escalations;
    private final EscalationPetitionRepository petitions;
    private final EscalationDepartmentRepository departments;
    private final CommitmentRepository commitments;
    private final EscalationEventRepository events;

    EscalationService(EscalationRepository escalations, EscalationPetitionRepository petitions,
            EscalationDepartmentRepository departments, CommitmentRepository commitments,
            EscalationEventRepository events) {
        this.escalations = escalations;
        this.petitions = petitions;
        this.departments = departments;
        this.commitments = commitments;
        this.events = events;
    }

    public EscalationView find(String number) {
        Escalation e = escalations.findByNumber(number).orElseThrow(() -> new RecordNotFoundException("吹哨事项", number));
        return new EscalationView(e.getNumber(), e.getCommunityCode(), e.getStreetCode(), e.getCategoryCode(),
                e.getOrigin(), e.getStatus(), Masking.text(e.getReason()), Masking.text(e.getTriedSoFar()),
                e.getMeetingTime(), Masking.text(e.getInstructions()), Masking.text(e.getOutcome()), e.getOpenedAt(),
                e.getClosedAt(),
                petitions.findByEscalationIdOrderById(e.getId()).stream().map(p -> p.getPetitionNumber()).toList(),
                departments.findByEscalationIdOrderById(e.getId()).stream().map(d -> new DepartmentView(
                        d.getDepartmentCode(), d.getReportDue(), d.getReportedAt(), d.isLate(), d.getAttended(),
                        d.getRatingOnTime(), d.getRatingEffective(), d.getRatingCooperative())).toList(),
                commitments.findByEscalationIdOrderById(e.getId()).stream().map(c -> new CommitmentView(
                        c.getDepartmentCode(), Masking.text(c.getAction()), c.getDeadline(), c.getStatus(), c.getDoneAt()))
                        .toList(),
                events.findByEscalationIdOrderByOccurredAtAscIdAsc(e.getId()).stream()
                        .map(v -> TimelineStep.of(v.getType(), null, v.getActor(), v.getOccurredAt(), v.getNote()))
                        .toList());
    }
}
