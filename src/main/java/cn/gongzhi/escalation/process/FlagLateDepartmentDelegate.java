package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.EscalationRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_FlagLateDepartment: the department missed its report-in limit; the meeting still goes ahead. */
@Component
class FlagLateDepartmentDelegate implements JavaDelegate {

    private final EscalationRecords records;
    private final EscalationInstances instances;

    FlagLateDepartmentDelegate(EscalationRecords records, EscalationInstances instances) {
        this.records = records;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.flagLate(instances.escalationOf(execution),
                JointMeetingEscalationProcess.DEPARTMENT_CODE.required(execution));
    }
}
