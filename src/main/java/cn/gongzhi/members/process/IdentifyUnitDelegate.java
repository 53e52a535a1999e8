package cn.gongzhi.members.process;

import cn.gongzhi.registry.UnitReportingAgreements;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.StepRefused;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_IdentifyUnit: the contact who started it, and her organisation, as the registry records them. */
@Component
class IdentifyUnitDelegate implements JavaDelegate {

    private final UnitReportingAgreements agreements;

    IdentifyUnitDelegate(UnitReportingAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String contact = Actors.current();
        long orgId = agreements.orgOf(contact)
                .orElseThrow(() -> new StepRefused("单位报到须由单位党组织联系人发起"));
        UnitReportingProcess.REPORTER.set(execution, contact);
        UnitReportingProcess.ORG_ID.set(execution, orgId);
        CommonVariables.MATTER_CATEGORY.set(execution, "单位报到");
    }
}
