package cn.gongzhi.workforce.process;

import cn.gongzhi.workforce.domain.CertificateRenewalRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_RecordCertificateLapse: the day after the last valid day came unrenewed; the cycle records the lapse. The
 * certificate itself stays on her record and simply stops counting (assignment reads its validity).
 */
@Component
class RecordCertificateLapseDelegate implements JavaDelegate {

    private final CertificateRenewalRecords records;
    private final CertificateRenewalDates dates;

    RecordCertificateLapseDelegate(CertificateRenewalRecords records, CertificateRenewalDates dates) {
        this.records = records;
        this.dates = dates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.lapsed(dates.renewalOf(execution).getId());
    }
}
