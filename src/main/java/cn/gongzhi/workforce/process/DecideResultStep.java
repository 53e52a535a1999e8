package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_DecideResult: the street office (not the proposer, not the worker herself: 403) decides the result with a
 * comment, the proposal before it.
 */
@Component
class DecideResultStep implements StepHandler {

    private final AnnualAppraisals appraisals;

    DecideResultStep(AnnualAppraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public String step() {
        return "decideResult";
    }

    @Override
    public void opened(DelegateTask task) {
        long sheet = AppraisalInstances.sheetOf(task);
        FormView.summary(task, AppraisalForms.sheet(appraisals.workerOf(sheet),
                appraisals.round(appraisals.sheet(sheet).getRoundId()).getAppraisalYear(), appraisals.sheet(sheet)));
        AppraisalForms.offerResults(task);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        var result = AppraisalForms.result(form.chosen(AnnualAppraisalProcess.DECIDED_RESULT, "考核结果",
                AnnualAppraisalProcess.RESULT_OPTIONS, true).orElseThrow());
        appraisals.decide(AppraisalInstances.sheetOf(task), result,
                form.optionalText(AnnualAppraisalProcess.DECISION_COMMENT, 2000), Actors.current());
        AppraisalForms.recorded(task);
    }
}
