package cn.gongzhi.workforce.domain;

import cn.gongzhi.registry.CertificateRenewals;
import cn.gongzhi.registry.CertificateRenewals.Certificate;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.CertificateRenewal.Status;
import cn.gongzhi.workforce.domain.CertificateRenewal.UrgeAction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewal cycles of certificates (docs/processes/workers.md, "Certificates: renewal and new qualifications"): one
 * per certificate and last valid day, opened by the launcher; renewed by the worker or, once escalated, by the head
 * on her behalf (the registry writes the certificate, {@link CertificateRenewals}); reminded by the head; lapsed when
 * the day after the last valid day comes unrenewed. A cycle that is not open takes no further step (409 as a stale
 * state is the engine's: its task is gone).
 */
@Service
@Transactional
public class CertificateRenewalRecords {

    private final CertificateRenewalRepository renewals;
    private final CertificateRenewals certificates;
    private final Clock clock;

    CertificateRenewalRecords(CertificateRenewalRepository renewals, CertificateRenewals certificates, Clock clock) {
        this.renewals = renewals;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * Opens the cycle of this certificate's current registration; empty when it has one already (this or another
     * node opened it) or when a cycle of the certificate is still open.
     */
    public Optional<Long> open(Certificate certificate) {
        if (renewals.findByQualificationIdAndValidUntil(certificate.qualificationId(), certificate.validUntil())
                .isPresent() || renewals.existsByQualificationIdAndStatus(certificate.qualificationId(), Status.OPEN)) {
            return Optional.empty();
        }
        return Optional.of(renewals.saveAndFlush(new CertificateRenewal(certificate.qualificationId(),
                certificate.workerId(), certificate.validUntil(), clock.instant())).getId());
    }

    public void bind(long renewalId, String processInstanceId) {
        renewal(renewalId).bind(processInstanceId);
    }

    /** The cycle, checked against the instance that works it. */
    @Transactional(readOnly = true)
    public CertificateRenewal bound(long renewalId, String processInstanceId) {
        CertificateRenewal renewal = renewal(renewalId);
        if (!processInstanceId.equals(renewal.getProcessInstanceId())) {
            throw StepRefused.notBound("证书续期", String.valueOf(renewalId), processInstanceId);
        }
        return renewal;
    }

    /** The certificate as it stands, masked. */
    @Transactional(readOnly = true)
    public Certificate certificate(CertificateRenewal renewal) {
        return certificates.certificate(renewal.getQualificationId());
    }

    /** Who gets the escalated task (the registry's {@link CertificateRenewals#escalatedTo}). */
    @Transactional(readOnly = true)
    public java.util.List<String> escalatedTo(CertificateRenewal renewal) {
        return certificates.escalatedTo(renewal.getQualificationId());
    }

    /** The worker or her head records the renewal; the registry checks who and the dates. */
    public void renewed(long renewalId, LocalDate renewedOn, LocalDate validUntil, String by) {
        CertificateRenewal renewal = open(renewalId);
        certificates.renew(renewal.getQualificationId(), renewedOn, validUntil, by);
        renewal.renewed(by, clock.instant());
    }

    /** The head records what she did: reminded the worker, or (with {@link #renewed}) renewed on her behalf. */
    public void urged(long renewalId, UrgeAction action, String note, String by) {
        CertificateRenewal renewal = open(renewalId);
        if (by == null || !certificates.escalatedTo(renewal.getQualificationId()).contains(by)) {
            throw new StepRefused(by + " 不是该工作者所在社区的负责人：督促证书续期由本社区负责人办理");
        }
        renewal.urged(by, action, note, clock.instant());
    }

    /** The registration ended unrenewed: the certificate simply stops counting (assignment reads validity). */
    public void lapsed(long renewalId) {
        open(renewalId).lapsed(clock.instant());
    }

    private CertificateRenewal open(long renewalId) {
        CertificateRenewal renewal = renewal(renewalId);
        if (renewal.getStatus() != Status.OPEN) {
            throw new StepRefused("该证书续期已经结束（" + renewal.getStatus() + "）");
        }
        return renewal;
    }

    private CertificateRenewal renewal(long renewalId) {
        return renewals.findById(renewalId).orElseThrow(() -> new RecordNotFoundException("证书续期", renewalId));
    }
}
