package cn.gongzhi.workforce.process;

import cn.gongzhi.registry.AppraisalResult;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import cn.gongzhi.workforce.domain.AppraisalSettlement;
import cn.gongzhi.workforce.domain.AppraisalSheet.Ruling;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ReviewObjection: the street office (not the worker herself, 403) upholds the result or changes it, with its
 * reason; the changed result is the one that becomes final.
 */
@Component
class ReviewObjectionStep implements StepHandler {

    private final AnnualAppraisals appraisals;
    private final AppraisalSettlement settlement;

    ReviewObjectionStep(AnnualAppraisals appraisals, AppraisalSettlement settlement) {
        this.appraisals = appraisals;
        this.settlement = settlement;
    }

    @Override
    public String step() {
        return "reviewObjection";
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
        Ruling ruling = Ruling.valueOf(form.oneOf(AnnualAppraisalProcess.RULING, "请选择维持或改变考核结果",
                Ruling.UPHELD.name(), Ruling.CHANGED.name()));
        AppraisalResult changed = form.chosen(AnnualAppraisalProcess.CHANGED_RESULT, "改为", 
                AnnualAppraisalProcess.RESULT_OPTIONS, false).map(AppraisalForms::result).orElse(null);
        String reason = form.text(AnnualAppraisalProcess.RULING_REASON, "请写明审查理由", 2000);
        settlement.rule(AppraisalInstances.sheetOf(task), ruling, changed, reason, Actors.current());
        AppraisalForms.recorded(task);
    }
}
