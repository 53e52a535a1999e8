package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Activity_FileSelfReport: the worker herself (403 for anyone else) writes her year's self-report (述职). */
@Component
class FileSelfReportStep implements StepHandler {

    private final AnnualAppraisals appraisals;

    FileSelfReportStep(AnnualAppraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public String step() {
        return "fileSelfReport";
    }

    @Override
    public void opened(DelegateTask task) {
        long sheet = AppraisalInstances.sheetOf(task);
        var worker = appraisals.workerOf(sheet);
        int year = appraisals.round(appraisals.sheet(sheet).getRoundId()).getAppraisalYear();
        FormView.summary(task, java.util.List.of("#### " + worker.name() + " " + year + "年度述职",
                "请总结本年度的工作：完成的主要任务、服务居民的情况、学习培训和不足。工作实绩由系统从业务记录中统计，无须填写。"));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        appraisals.selfReport(AppraisalInstances.sheetOf(task),
                form.text(AnnualAppraisalProcess.SELF_REPORT, "请填写年度述职", FormInput.NOTE_MAX), Actors.current());
        AppraisalForms.recorded(task);
    }
}
