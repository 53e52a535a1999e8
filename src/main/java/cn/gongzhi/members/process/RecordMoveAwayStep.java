package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.PartyMemberReportingProcess.REASON_FIELD;

import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_RecordMoveAway: the community Party organisation records that the member moved away or her
 * organisational relation was transferred; the registry ends her reporting and every post and area she held.
 */
@Component
class RecordMoveAwayStep implements StepHandler {

    private final PartyMemberReporting reporting;
    private final ReportingInstances instances;

    RecordMoveAwayStep(PartyMemberReporting reporting, ReportingInstances instances) {
        this.reporting = reporting;
        this.instances = instances;
    }

    @Override
    public String step() {
        return "recordMoveAway";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.summary(task, ReportingForms.member(reporting.view(instances.memberOf(task))));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long memberId = instances.memberOf(task);
        reporting.moveAway(memberId, form.text(REASON_FIELD, "请填写迁出说明", 2000));
        ReportingForms.recorded(task);
    }
}
