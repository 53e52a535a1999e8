package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.ModelFunctions;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import cn.gongzhi.workforce.domain.AppraisalPeople;
import cn.gongzhi.workforce.domain.AppraisalSheet;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What the appraisal's model reads from the records by expression: the round's sheets (one branch each), the worker of
 * a sheet (her own tasks), who proposes and decides it and the street office (candidate users, from the records,
 * {@link AppraisalPeople}), when the objection window ends.
 */
@Component("annualAppraisals")
@ModelFunctions
public class AppraisalInstances {

    private final AnnualAppraisals appraisals;
    private final AppraisalPeople people;
    private final Clock clock;

    AppraisalInstances(AnnualAppraisals appraisals, AppraisalPeople people, Clock clock) {
        this.appraisals = appraisals;
        this.people = people;
        this.clock = clock;
    }

    public List<Long> sheets(VariableScope execution) {
        return appraisals.sheets(AnnualAppraisalProcess.ROUND_ID.required(execution)).stream()
                .map(AppraisalSheet::getId).toList();
    }

    public String worker(VariableScope execution) {
        return appraisals.workerOf(sheetOf(execution)).username();
    }

    public List<String> proposers(VariableScope execution) {
        return people.proposers(appraisals.workerOf(sheetOf(execution)));
    }

    public List<String> deciders(VariableScope execution) {
        long sheet = sheetOf(execution);
        return people.deciders(appraisals.workerOf(sheet), appraisals.sheet(sheet).getProposedBy());
    }

    public List<String> office(VariableScope execution) {
        return people.office(appraisals.workerOf(sheetOf(execution)));
    }

    public Date publicityEnds(VariableScope execution) {
        var ends = appraisals.round(AnnualAppraisalProcess.ROUND_ID.required(execution)).getPublicityEnds();
        return Date.from(ends.atZone(clock.getZone()).toInstant());
    }

    static long sheetOf(VariableScope scope) {
        return AnnualAppraisalProcess.SHEET_ID.required(scope);
    }
}
