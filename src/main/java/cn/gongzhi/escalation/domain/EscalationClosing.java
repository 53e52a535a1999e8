package cn.gongzhi.escalation.domain;

import cn.gongzhi.escalation.EscalationStatus;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.shared.Masking;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an escalation ends and answers its petitions: closed with the outcome (disclosed in a notice), or sent back to
 * the community with the street's instructions.
 */
@Service
@Transactional
public class EscalationClosing {

    /** The longest matter summary in an outcome notice's title. */
    static final int TITLE_MATTER_MAX = 30;

    /** Petitions to answer, with the answer. */
    public record Answer(List<String> petitionNumbers, String outcome) {}

    private final EscalationLedger ledger;
    private final PetitionService petitionService;

    EscalationClosing(EscalationLedger ledger, PetitionService petitionService) {
        this.ledger = ledger;
        this.petitionService = petitionService;
    }

    /**
     * The outcome notice's title names the matter: the first petition's words (one line, masked, shortened), or for
     * a whistle without petitions its reason, or else the category by name.
     */
    public String outcomeTitle(long escalationId) {
        Escalation escalation = ledger.load(escalationId);
        String matter = ledger.petitions(escalationId).stream().findFirst()
                .flatMap(p -> petitionService.matterSummary(p.getPetitionNumber(), TITLE_MATTER_MAX))
                .filter(s -> !s.isBlank())
                .orElseGet(() -> escalation.getReason() != null && !escalation.getReason().isBlank()
                        ? Masking.oneLine(escalation.getReason(), TITLE_MATTER_MAX)
                        : petitionService.categories().stream().filter(c -> c.code().equals(escalation.getCategoryCode()))
                                .map(c -> c.name()).findFirst().orElse(escalation.getNumber()));
        return "吹哨办理结果：" + matter.replaceAll("[。；，.;,\\s]+$", "");
    }

    /** What the outcome notice is about: the escalation's number and every petition it took up. */
    public String outcomeSubjects(long escalationId) {
        Escalation escalation = ledger.load(escalationId);
        List<String> subjects = new ArrayList<>();
        subjects.add(escalation.getNumber());
        ledger.petitions(escalationId).forEach(p -> subjects.add(p.getPetitionNumber()));
        return String.join(",", subjects);
    }

    public String outcomeContent(long escalationId) {
        return ledger.load(escalationId).getOutcome();
    }

    /** Closes the escalation; the petitions it answers resume with the outcome. */
    public Answer close(long escalationId) {
        Escalation escalation = ledger.load(escalationId);
        escalation.setStatus(EscalationStatus.CLOSED);
        escalation.setClosedAt(ledger.now());
        ledger.record(escalationId, "CLOSED", "系统", null);
        return answer(escalation, "联席会议办理结果：" + escalation.getOutcome());
    }

    /** Sends the matter back to the community; the petitions resume with the street's instructions. */
    public Answer sendBack(long escalationId) {
        Escalation escalation = ledger.load(escalationId);
        escalation.setStatus(EscalationStatus.SENT_BACK);
        escalation.setClosedAt(ledger.now());
        return answer(escalation, "街道党工委退回社区办理：" + escalation.getInstructions());
    }

    public void resumed(long escalationId, String petitionNumber) {
        ledger.petitions(escalationId).stream().filter(p -> p.getPetitionNumber().equals(petitionNumber))
                .forEach(EscalationPetition::markResumed);
    }

    private Answer answer(Escalation escalation, String outcome) {
        return new Answer(ledger.petitions(escalation.getId()).stream().filter(p -> !p.isResumed())
                .map(EscalationPetition::getPetitionNumber).toList(), outcome);
    }
}
