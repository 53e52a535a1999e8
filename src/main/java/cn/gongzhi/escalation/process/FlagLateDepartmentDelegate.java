package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.Convening;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_FlagLateDepartment: the department missed its report-in limit; the meeting still goes ahead. */
@Component
class FlagLateDepartmentDelegate implements JavaDelegate {

    private final Convening convening;
    private final EscalationInstances instances;

    FlagLateDepartmentDelegate(Convening convening, EscalationInstances instances) {
        this.convening = convening;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        convening.flagLate(instances.escalationOf(execution),
                JointMeetingEscalationProcess.DEPARTMENT_CODE.required(execution));
    }
}
