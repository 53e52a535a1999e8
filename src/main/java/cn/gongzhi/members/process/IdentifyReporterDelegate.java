package cn.gongzhi.members.process;

import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.StepRefused;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_IdentifyReporter: the login that started the reporting (the start rule checked her against the registry)
 * becomes the reporter, whose step the report is.
 */
@Component
class IdentifyReporterDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String reporter = Actors.current();
        if (reporter == null) {
            throw new StepRefused("党员报到须由党员本人或其单位党组织联系人发起");
        }
        PartyMemberReportingProcess.REPORTER.set(execution, reporter);
        CommonVariables.MATTER_CATEGORY.set(execution, "党员报到");
    }
}
