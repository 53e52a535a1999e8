package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.UnitReportingProcess.CONFIRM;
import static cn.gongzhi.members.process.UnitReportingProcess.DECISION;
import static cn.gongzhi.members.process.UnitReportingProcess.REASON_FIELD;
import static cn.gongzhi.members.process.UnitReportingProcess.RETURN;

import cn.gongzhi.registry.UnitReportingAgreements;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ConfirmUnitReporting: the community Party organisation reads the unit's agreement and confirms it (in force
 * until its term ends) or sends it back with its reason; {@code decision} routes the gateway.
 */
@Component
class ConfirmUnitReportingStep implements StepHandler {

    private final UnitReportingAgreements agreements;
    private final UnitAgreements instances;

    ConfirmUnitReportingStep(UnitReportingAgreements agreements, UnitAgreements instances) {
        this.agreements = agreements;
        this.instances = instances;
    }

    @Override
    public String step() {
        return "confirmUnitReporting";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.summary(task, UnitForms.agreement(agreements.view(instances.agreementOf(task.getExecution()))));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long agreementId = instances.agreementOf(task.getExecution());
        String decision = form.oneOf(DECISION.name(), "请选择确认报到，或退回补正", CONFIRM, RETURN);
        if (CONFIRM.equals(decision)) {
            agreements.confirm(agreementId);
        } else {
            agreements.sendBack(agreementId, form.text(REASON_FIELD, "退回时请说明需要补正的内容", 2000));
        }
        DECISION.set(task.getExecution().getProcessInstance(), decision);
        UnitForms.recorded(task);
    }
}
