package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.CertificateRenewalProcess.RENEWED_ON;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.VALID_UNTIL;

import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.workforce.domain.CertificateRenewal;
import cn.gongzhi.workforce.domain.CertificateRenewalRecords;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_RenewCertificate (办理证书注册续期): the worker records her certificate's renewal, the day renewed and the new
 * last valid day; the registry checks it is she (or, once escalated, her head) and the dates, and writes the
 * certificate. Completing it ends the cycle (the head's task, if any, with it).
 */
@Component
class RenewCertificateStep implements StepHandler {

    private final CertificateRenewalRecords records;
    private final CertificateRenewalDates dates;

    RenewCertificateStep(CertificateRenewalRecords records, CertificateRenewalDates dates) {
        this.records = records;
        this.dates = dates;
    }

    @Override
    public String step() {
        return "renewCertificate";
    }

    @Override
    public void opened(DelegateTask task) {
        CertificateRenewal renewal = dates.renewalOf(task.getExecution());
        FormView.summary(task, CertificateForms.certificate(records.certificate(renewal), renewal));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        CertificateRenewal renewal = dates.renewalOf(task.getExecution());
        records.renewed(renewal.getId(), CertificateForms.date(form, RENEWED_ON, "续期日期"),
                CertificateForms.date(form, VALID_UNTIL, "续期后有效期"), Actors.current());
        CertificateForms.recorded(task, List.of(RENEWED_ON, VALID_UNTIL));
    }
}
