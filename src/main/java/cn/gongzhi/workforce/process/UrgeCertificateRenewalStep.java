package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.CertificateRenewalProcess.REMINDED;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.RENEWED_FOR_HER;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.RENEWED_ON;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.URGE_ACTION;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.URGE_NOTE;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.VALID_UNTIL;

import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.workforce.domain.CertificateRenewal;
import cn.gongzhi.workforce.domain.CertificateRenewal.UrgeAction;
import cn.gongzhi.workforce.domain.CertificateRenewalRecords;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_UrgeCertificateRenewal (督促证书续期): the worker has not renewed by the second reminder; her head (the
 * records' {@code escalatedTo}, checked again here) records that she reminded her, or records the renewal on her
 * behalf, saying why either way. {@code urgeAction} routes the gateway: a renewal ends the cycle, a reminder leaves
 * the worker's task open.
 */
@Component
class UrgeCertificateRenewalStep implements StepHandler {

    private final CertificateRenewalRecords records;
    private final CertificateRenewalDates dates;

    UrgeCertificateRenewalStep(CertificateRenewalRecords records, CertificateRenewalDates dates) {
        this.records = records;
        this.dates = dates;
    }

    @Override
    public String step() {
        return "urgeCertificateRenewal";
    }

    @Override
    public void opened(DelegateTask task) {
        CertificateRenewal renewal = dates.renewalOf(task.getExecution());
        FormView.summary(task, CertificateForms.certificate(records.certificate(renewal), renewal));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        CertificateRenewal renewal = dates.renewalOf(task.getExecution());
        String action = form.oneOf(URGE_ACTION.name(), "请选择已提醒本人，或代为登记续期", REMINDED, RENEWED_FOR_HER);
        String note = form.text(URGE_NOTE, "请说明督促情况或代为登记的原因", 2000);
        String by = Actors.current();
        if (RENEWED_FOR_HER.equals(action)) {
            var renewedOn = CertificateForms.date(form, RENEWED_ON, "续期日期");
            var validUntil = CertificateForms.date(form, VALID_UNTIL, "续期后有效期");
            records.urged(renewal.getId(), UrgeAction.RENEWED, note, by);
            records.renewed(renewal.getId(), renewedOn, validUntil, by);
        } else {
            records.urged(renewal.getId(), UrgeAction.REMINDED, note, by);
        }
        URGE_ACTION.set(task.getExecution().getProcessInstance(), action);
        CertificateForms.recorded(task, List.of(RENEWED_ON, VALID_UNTIL, URGE_NOTE));
    }
}
