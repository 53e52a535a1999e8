package cn.gongzhi.escalation.domain;

import cn.gongzhi.escalation.EscalationStatus;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.Starter;
import cn.gongzhi.shared.process.StepRefused;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The street evaluates the summoned departments and states the escalation's outcome. */
@Service
@Transactional
public class Evaluations {

    /** The longest outcome. */
    static final int OUTCOME_MAX = 2000;

    /** One row of the evaluation as submitted: the department and its three scores. */
    public record RatingEntry(String department, Object onTime, Object effective, Object cooperative) {}

    private final EscalationLedger ledger;

    Evaluations(EscalationLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * The street rates each summoned department (on time, effective, cooperative, 1–5) and states the outcome. A
     * department does not rate itself: a liaison of a summoned department may not evaluate, even when she also sits
     * on the street committee.
     */
    public void evaluate(long escalationId, List<RatingEntry> rows, String outcomeText, Starter evaluator) {
        String actor = evaluator == null ? null : evaluator.userId();
        List<String> summoned = ledger.summoned(escalationId);
        if (evaluator != null) {
            List<String> own = summoned.stream().filter(code -> evaluator.isIn("dept-" + code)
                    || ledger.departments.findByEscalationIdAndDepartmentCode(escalationId, code)
                            .map(d -> evaluator.userId().equals(d.getReportedBy())).orElse(false)).toList();
            if (!own.isEmpty()) {
                throw new StepRefused("部门评价须由街道作出，被评价部门的联络人不能评价：" + evaluator.userId() + " 是 "
                        + String.join("、", own) + " 的联络人");
            }
        }
        Set<String> rated = new LinkedHashSet<>();
        List<int[]> scores = new ArrayList<>();
        for (RatingEntry entry : rows) {
            if (entry.department() == null || !summoned.contains(entry.department())) {
                throw new InvalidFieldException("ratings", "只能为召集的部门评分");
            }
            String who = ledger.name(entry.department());
            if (!rated.add(entry.department())) {
                throw new InvalidFieldException("ratings", who + "只能评分一次");
            }
            scores.add(new int[] {score(entry.onTime(), who, "准时"), score(entry.effective(), who, "成效"),
                    score(entry.cooperative(), who, "配合")});
        }
        if (!rated.containsAll(summoned)) {
            throw new InvalidFieldException("ratings", "还需为这些部门评分：" + String.join("、",
                    ledger.names(summoned.stream().filter(c -> !rated.contains(c)).toList())));
        }
        String outcome = FormInput.textOf(outcomeText, "outcome", OUTCOME_MAX);
        if (outcome == null) {
            throw new InvalidFieldException("outcome", "请填写办理结果");
        }
        int i = 0;
        for (String code : rated) {
            int[] s = scores.get(i++);
            ledger.department(escalationId, code).rate(s[0], s[1], s[2]);
        }
        Escalation escalation = ledger.load(escalationId);
        escalation.setOutcome(outcome);
        escalation.setStatus(EscalationStatus.EVALUATING);
        ledger.record(escalationId, "EVALUATED", actor, escalation.getOutcome());
    }

    private static int score(Object value, String department, String aspect) {
        return FormInput.score(value, "ratings", department + "的“" + aspect + "”");
    }
}
