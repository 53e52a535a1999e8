package cn.gongzhi.members.process;

import cn.gongzhi.registry.PartyMemberReporting;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The member an instance reports, checked against her record's own process instance. */
@Component
class ReportingInstances {

    private final PartyMemberReporting reporting;

    ReportingInstances(PartyMemberReporting reporting) {
        this.reporting = reporting;
    }

    long memberOf(DelegateTask task) {
        long memberId = PartyMemberReportingProcess.MEMBER_ID.required(task.getExecution());
        reporting.requireBound(memberId, task.getProcessInstanceId());
        return memberId;
    }
}
