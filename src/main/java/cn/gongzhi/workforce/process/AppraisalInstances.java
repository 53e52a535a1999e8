package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.ModelFunctions;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import cn.gongzhi.workforce.domain.AppraisalProperties;
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
    private final AppraisalProperties properties;

    AppraisalInstances(AnnualAppraisals appraisals, AppraisalPeople people, Clock clock,
            AppraisalProperties properties) {
        this.appraisals = appraisals;
        this.people = people;
        this.clock = clock;
        this.properties = properties;
    }

    /** How long a worker has for her self-report (ISO 8601, {@code gongzhi.appraisal.self-report-days}). */
    public String selfReportWithin() {
        return "P" + properties.selfReportDays() + "D";
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
