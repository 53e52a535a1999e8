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
 * Activity_FileObjection: during the publicity the worker sees her result and may object to it (she only, 403 for
 * anyone else; 400 after the window). Without an objection the window's end closes the task.
 */
@Component
class FileObjectionStep implements StepHandler {

    private final AnnualAppraisals appraisals;
    private final AppraisalSettlement settlement;

    FileObjectionStep(AnnualAppraisals appraisals, AppraisalSettlement settlement) {
        this.appraisals = appraisals;
        this.settlement = settlement;
    }

    @Override
    public String step() {
        return "fileObjection";
    }

    @Override
    public void opened(DelegateTask task) {
        long sheet = AppraisalInstances.sheetOf(task);
        var round = appraisals.round(appraisals.sheet(sheet).getRoundId());
        java.util.List<String> lines = new java.util.ArrayList<>(AppraisalForms.sheet(appraisals.workerOf(sheet),
                round.getAppraisalYear(), appraisals.sheet(sheet)));
        lines.add("公示至 " + round.getPublicityEnds().toLocalDate() + "。对结果有异议的，请在公示期内写明理由提交；"
                + "没有异议无须处理，公示期满后结果生效。");
        FormView.summary(task, lines);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        settlement.object(AppraisalInstances.sheetOf(task),
                form.text(AnnualAppraisalProcess.OBJECTION, "请写明异议的理由", 2000), Actors.current());
        AppraisalForms.recorded(task);
    }
}
