package cn.gongzhi.escalation.domain;

import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.StepRefused;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation as its forms read it (the case, a commitment), who worked it, and the checks every step makes that
 * the records it was given belong to its own process instance.
 */
@Service
@Transactional(readOnly = true)
public class EscalationCases {

    /** A convened department as the forms show it: who reported in, and when it was due. */
    public record Convened(String code, String name, LocalDateTime reportDue, LocalDateTime reportedAt, boolean late,
            Boolean attended) {}

    /** The case every form of the escalation shows, names resolved, free text as recorded (masked). */
    public record CaseView(String number, String categoryName, String communityName, String reason,
            String triedSoFar, String instructions, LocalDateTime meetingTime, List<String> petitions,
            List<Convened> departments) {}

    private final EscalationLedger ledger;
    private final RegistryService registry;
    private final PetitionService petitionService;

    EscalationCases(EscalationLedger ledger, RegistryService registry, PetitionService petitionService) {
        this.ledger = ledger;
        this.registry = registry;
        this.petitionService = petitionService;
    }

    /** The case as every form of the escalation shows it: names from the registry and the catalogue, text masked. */
    public CaseView caseView(long escalationId) {
        Escalation e = ledger.load(escalationId);
        String category = petitionService.categories().stream().filter(c -> c.code().equals(e.getCategoryCode()))
                .map(c -> c.name()).findFirst().orElse(e.getCategoryCode());
        String community = registry.community(e.getCommunityCode()).map(CommunityRef::name)
                .orElse(e.getCommunityCode());
        List<Convened> convened = ledger.departments.findByEscalationIdOrderById(escalationId).stream()
                .map(d -> new Convened(d.getDepartmentCode(), ledger.name(d.getDepartmentCode()), d.getReportDue(),
                        d.getReportedAt(), d.isLate(), d.getAttended())).toList();
        return new CaseView(e.getNumber(), category, community, Masking.text(e.getReason()),
                Masking.text(e.getTriedSoFar()), Masking.text(e.getInstructions()), e.getMeetingTime(),
                ledger.petitions(escalationId).stream().map(EscalationPetition::getPetitionNumber).toList(), convened);
    }

    /** A commitment as the department's and the committee's forms show it: department name, measure, due date. */
    public String commitmentText(long commitmentId) {
        Commitment c = ledger.commitment(commitmentId);
        return ledger.name(c.getDepartmentCode()) + "：" + Masking.text(c.getAction()) + "（" + c.getDeadline()
                + " 前完成）";
    }

    /** Every step checks that the escalation it was given belongs to the instance it runs in. */
    public void requireBound(long escalationId, String processInstanceId) {
        Escalation escalation = ledger.load(escalationId);
        if (!processInstanceId.equals(escalation.getProcessInstanceId())) {
            throw StepRefused.notBound("吹哨事项", escalation.getNumber(), processInstanceId);
        }
    }

    /** A commitment step checks that the commitment is one of its own escalation's. */
    public void requireCommitmentOf(long commitmentId, long escalationId) {
        if (ledger.commitment(commitmentId).getEscalationId().longValue() != escalationId) {
            throw new StepRefused("承诺 " + commitmentId + " 不属于本吹哨事项，本步骤不能处理它");
        }
    }

    /** Everyone who worked the escalation: who opened it and who recorded any of its steps. */
    public Set<String> participants(long escalationId) {
        Set<String> people = new HashSet<>();
        people.add(ledger.load(escalationId).getOpenedBy());
        ledger.timeline(escalationId).forEach(e -> people.add(e.getActor()));
        people.remove(null);
        people.remove("系统");
        return people;
    }
}
