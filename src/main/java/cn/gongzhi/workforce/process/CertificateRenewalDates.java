package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.ModelFunctions;
import cn.gongzhi.workforce.domain.CertificateRenewal;
import cn.gongzhi.workforce.domain.CertificateRenewalProperties;
import cn.gongzhi.workforce.domain.CertificateRenewalRecords;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What processes/CertificateRenewalProcess.bpmn reads from the records instead of variables: whose task the renewal
 * is, whom it is escalated to, and its three dates, each the start of a day in China time counted back from the
 * cycle's last valid day ({@code gongzhi.workers.renewal.*}). One of the few beans models may call: it only reads.
 */
@Component("certificateRenewalDates")
@ModelFunctions
public class CertificateRenewalDates {

    private final CertificateRenewalRecords records;
    private final CertificateRenewalProperties properties;
    private final Clock clock;

    CertificateRenewalDates(CertificateRenewalRecords records, CertificateRenewalProperties properties, Clock clock) {
        this.records = records;
        this.properties = properties;
        this.clock = clock;
    }

    /** The worker who holds the certificate: the renewal task is hers. */
    public String holder(DelegateExecution execution) {
        return records.certificate(renewalOf(execution)).workerUsername();
    }

    /** The heads of her community other than herself (her street's office when she is its only head). */
    public List<String> escalatedTo(DelegateExecution execution) {
        return records.escalatedTo(renewalOf(execution));
    }

    /** The worker's task opens: {@code first-reminder} before the last valid day (at once when that has passed). */
    public Date firstReminderAt(DelegateExecution execution) {
        return startOf(properties.firstReminderOn(renewalOf(execution).getValidUntil()));
    }

    /** Her head's task opens: {@code second-reminder} before the last valid day. */
    public Date secondReminderAt(DelegateExecution execution) {
        return startOf(properties.secondReminderOn(renewalOf(execution).getValidUntil()));
    }

    /** The registration has lapsed: the day after its last valid day begins. */
    public Date lapsesAt(DelegateExecution execution) {
        return startOf(renewalOf(execution).getValidUntil().plusDays(1));
    }

    CertificateRenewal renewalOf(DelegateExecution execution) {
        return records.bound(CertificateRenewalProcess.RENEWAL_ID.required(execution),
                execution.getProcessInstanceId());
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
