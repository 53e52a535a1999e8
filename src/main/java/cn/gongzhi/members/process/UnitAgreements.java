package cn.gongzhi.members.process;

import cn.gongzhi.registry.UnitReportingAgreements;
import cn.gongzhi.shared.process.ModelFunctions;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What processes/UnitReportingProcess.bpmn reads from the unit reporting's record instead of a variable, and the
 * instance's agreement checked against the record. One of the few beans models may call (docs/processes/designing.md):
 * it only reads.
 */
@Component("unitAgreements")
@ModelFunctions
public class UnitAgreements {

    private final UnitReportingAgreements agreements;
    private final Clock clock;

    UnitAgreements(UnitReportingAgreements agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    /** The start of the first day after the agreement's term, in the communities' time zone: the timer's date. */
    public Date endsOn(DelegateExecution execution) {
        return Date.from(agreements.endsOn(agreementOf(execution)).atStartOfDay(clock.getZone()).toInstant());
    }

    long agreementOf(DelegateExecution execution) {
        long agreementId = UnitReportingProcess.AGREEMENT_ID.required(execution);
        agreements.requireBound(agreementId, execution.getProcessInstanceId());
        return agreementId;
    }
}
