package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import cn.gongzhi.workforce.domain.AppraisalSettlement;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_FollowUpIncompetent: after a final 不合格 the street office (not the worker, 403) records the improvement
 * plan or its decision about her contract (整改跟进).
 */
@Component
class FollowUpIncompetentStep implements StepHandler {

    private final AnnualAppraisals appraisals;
    private final AppraisalSettlement settlement;

    FollowUpIncompetentStep(AnnualAppraisals appraisals, AppraisalSettlement settlement) {
        this.appraisals = appraisals;
        this.settlement = settlement;
    }

    @Override
    public String step() {
        return "followUpIncompetent";
    }

    @Override
    public void opened(DelegateTask task) {
        long sheet = AppraisalInstances.sheetOf(task);
        FormView.summary(task, AppraisalForms.sheet(appraisals.workerOf(sheet),
                appraisals.round(appraisals.sheet(sheet).getRoundId()).getAppraisalYear(), appraisals.sheet(sheet)));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        settlement.followUp(AppraisalInstances.sheetOf(task),
                form.text(AnnualAppraisalProcess.FOLLOW_UP_NOTE, "请记录整改计划或合同处理决定", 2000), Actors.current());
        AppraisalForms.recorded(task);
    }
}
