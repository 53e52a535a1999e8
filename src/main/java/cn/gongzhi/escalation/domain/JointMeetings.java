package cn.gongzhi.escalation.domain;

import cn.gongzhi.escalation.EscalationStatus;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.FormInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint meeting and what it decided: who attended, each department's commitments (told to the petitions at once),
 * and the commitments' supervision: done, overdue, followed up.
 */
@Service
@Transactional
public class JointMeetings {

    /** The longest measure of one commitment. */
    static final int MEASURE_MAX = 1000;
    /** The longest completion report. */
    static final int REPORT_MAX = 2000;
    /** The longest follow-up note. */
    static final int FOLLOW_UP_MAX = 1000;

    /** One row of the joint meeting's commitments as submitted: the department, the measure, the due date. */
    public record CommitmentEntry(String department, String measure, String dueDate) {}

    private final EscalationLedger ledger;
    private final PetitionService petitionService;

    JointMeetings(EscalationLedger ledger, PetitionService petitionService) {
        this.ledger = ledger;
        this.petitionService = petitionService;
    }

    /** The joint meeting: which convened departments attended and each department's commitments, one per row. */
    public void recordMeeting(long escalationId, Collection<String> attended, List<CommitmentEntry> rows,
            String minutesText, String actor) {
        Escalation escalation = ledger.load(escalationId);
        List<String> summoned = ledger.summoned(escalationId);
        for (String code : attended) {
            if (!summoned.contains(code)) {
                throw new InvalidFieldException("attendance", "到会部门只能从召集的部门中选择");
            }
        }
        String minutes = FormInput.textOf(minutesText, "minutes", FormInput.NOTE_MAX);
        if (minutes == null) {
            throw new InvalidFieldException("minutes", "请填写会议记录");
        }
        List<Commitment> made = new ArrayList<>();
        int row = 0;
        for (CommitmentEntry entry : rows) {
            row++;
            String at = "第 " + row + " 项承诺：";
            if (entry.department() == null || entry.department().isBlank()) {
                throw new InvalidFieldException("commitments", at + "请选择承诺部门");
            }
            if (!summoned.contains(entry.department())) {
                throw new InvalidFieldException("commitments", at + "承诺部门只能从召集的部门中选择");
            }
            String measure = FormInput.textOf(entry.measure(), "commitments", MEASURE_MAX);
            if (measure == null) {
                throw new InvalidFieldException("commitments", at + "请填写措施");
            }
            LocalDate deadline = FormInput.date(entry.dueDate(), "commitments", at, "完成日期", null);
            if (deadline.isBefore(ledger.today())) {
                throw new InvalidFieldException("commitments", at + ledger.name(entry.department()) + "的完成日期 "
                        + deadline + " 已经过去");
            }
            made.add(new Commitment(escalationId, entry.department(), measure, deadline));
        }
        if (made.isEmpty()) {
            throw new InvalidFieldException("commitments", "至少需要一项承诺");
        }
        summoned.forEach(code -> ledger.department(escalationId, code).setAttended(attended.contains(code)));
        ledger.commitments.saveAll(made);
        escalation.setMeetingMinutes(minutes);
        escalation.setStatus(EscalationStatus.SUPERVISING);
        ledger.record(escalationId, "MEETING", actor, minutes);
        String decision = decision(made, ledger::name);
        ledger.petitions(escalationId).stream().filter(p -> !p.isResumed())
                .forEach(p -> petitionService.jointMeetingDecided(p.getPetitionNumber(), decision));
    }

    /**
     * The joint meeting's decision as the residents read it: each department by name with its commitment and the date
     * it is due, masked.
     */
    static String decision(List<Commitment> made, Function<String, String> names) {
        return made.stream().map(c -> names.apply(c.getDepartmentCode()) + "：" + Masking.oneLine(c.getAction(), 60)
                + "（" + c.getDeadline() + " 前完成）").collect(Collectors.joining("；"));
    }

    public List<Long> openCommitments(long escalationId) {
        return ledger.commitments.findByEscalationIdOrderById(escalationId).stream()
                .filter(c -> !Commitment.DONE.equals(c.getStatus())).map(Commitment::getId).toList();
    }

    public String departmentOf(long commitmentId) {
        return ledger.commitment(commitmentId).getDepartmentCode();
    }

    /** A commitment is overdue when its deadline day has ended. */
    public Date deadlineOf(long commitmentId) {
        return ledger.date(ledger.commitment(commitmentId).getDeadline().plusDays(1).atStartOfDay());
    }

    public void commitmentDone(long commitmentId, String report, String actor) {
        Commitment commitment = ledger.commitment(commitmentId);
        commitment.done(report, ledger.now());
        ledger.record(commitment.getEscalationId(), "COMMITMENT_DONE", actor, commitment.getDepartmentCode() + "："
                + commitment.getAction());
    }

    public void commitmentOverdue(long commitmentId) {
        Commitment commitment = ledger.commitment(commitmentId);
        commitment.overdue(ledger.now());
        ledger.record(commitment.getEscalationId(), "COMMITMENT_OVERDUE", "系统", commitment.getDepartmentCode()
                + " 的承诺“" + commitment.getAction() + "”已超期，通报街道党工委");
    }

    public void followedUp(long commitmentId, String note, String actor) {
        ledger.record(ledger.commitment(commitmentId).getEscalationId(), "FOLLOWED_UP", actor, note);
    }
}
