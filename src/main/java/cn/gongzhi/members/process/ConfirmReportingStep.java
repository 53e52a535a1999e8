package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.PartyMemberReportingProcess.COMMUNITY_CODE;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.CONFIRM;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.DECISION;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.DUTY_FIELD;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.DUTY_OPTIONS;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.REASON_FIELD;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.RETURN;

import cn.gongzhi.registry.DutyKind;
import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.DutyRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ConfirmReporting: the community Party organisation reads the member's reporting and confirms her with a
 * pioneer post or a responsibility area chosen among the community's vacant ones, or sends the reporting back with its
 * reason; {@code decision} routes the gateway. The registry checks the post or area is the community's and vacant.
 */
@Component
class ConfirmReportingStep implements StepHandler {

    private final PartyMemberReporting reporting;
    private final ReportingInstances instances;

    ConfirmReportingStep(PartyMemberReporting reporting, ReportingInstances instances) {
        this.reporting = reporting;
        this.instances = instances;
    }

    @Override
    public String step() {
        return "confirmReporting";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.summary(task, ReportingForms.member(reporting.view(instances.memberOf(task))));
        List<DutyRef> vacant = reporting.vacantDuties(COMMUNITY_CODE.required(task));
        FormView.offer(task, DUTY_OPTIONS, vacant.stream().map(d -> new Choice(d.choice(), d.label())).toList());
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long memberId = instances.memberOf(task);
        String decision = form.oneOf(DECISION.name(), "请选择确认报到，或退回补正", CONFIRM, RETURN);
        if (CONFIRM.equals(decision)) {
            Choice duty = form.chosen(DUTY_FIELD, "党员先锋岗或责任区", DUTY_OPTIONS, false).orElseThrow(
                    () -> new InvalidFieldException(DUTY_FIELD, "确认报到时请选择党员先锋岗或党员责任区"));
            String[] kindAndId = duty.value().split(":", 2);
            reporting.confirm(memberId, DutyKind.valueOf(kindAndId[0]), Long.parseLong(kindAndId[1]));
        } else {
            reporting.sendBack(memberId, form.text(REASON_FIELD, "退回时请说明需要补正的内容", 2000));
        }
        DECISION.set(task.getExecution().getProcessInstance(), decision);
        ReportingForms.recorded(task);
    }
}
