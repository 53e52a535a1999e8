package cn.gongzhi.workforce.domain;

import cn.gongzhi.registry.Qualification;
import cn.gongzhi.registry.QualificationRecords;
import cn.gongzhi.registry.QualificationRecords.Holder;
import cn.gongzhi.registry.QualificationRecords.Recorded;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's record of a qualification she obtained, until the street office verifies it (docs/processes/workers.md,
 * "Certificates: renewal and new qualifications"): she records only her own (the submission is hers by her login);
 * the registry's rules check the certificate at once and again when it is confirmed ({@link QualificationRecords}),
 * where the office of her street confirms it (the qualification written, her grade changed) or rejects it with a
 * reason. The certificate number is whole only here and only while the submission waits.
 */
@Service
@Transactional
public class QualificationSubmissions {

    /** What a submission shows: the number masked. */
    public record SubmissionView(long id, Holder holder, Qualification level, String maskedNumber, LocalDate issuedOn,
            LocalDate validUntil, QualificationSubmission.Status status) {}

    private final QualificationSubmissionRepository submissions;
    private final QualificationRecords records;
    private final Clock clock;

    QualificationSubmissions(QualificationSubmissionRepository submissions, QualificationRecords records,
            Clock clock) {
        this.submissions = submissions;
        this.records = records;
        this.clock = clock;
    }

    /** The submission of the login's own qualification; refused (403) for a login that is no community worker. */
    public SubmissionView submit(String by, Qualification level, String certificateNumber, LocalDate issuedOn,
            LocalDate validUntil, String processInstanceId) {
        Holder holder = records.holder(by).orElseThrow(() -> new StepRefused(by
                + " 不是登记在册的社区工作者：职业资格由本人登记"));
        records.check(holder.workerId(), level, certificateNumber, issuedOn, validUntil);
        QualificationSubmission saved = submissions.save(new QualificationSubmission(holder.workerId(), level,
                certificateNumber, issuedOn, validUntil, by, clock.instant(), processInstanceId));
        return view(saved);
    }

    @Transactional(readOnly = true)
    public SubmissionView bound(long submissionId, String processInstanceId) {
        return view(boundSubmission(submissionId, processInstanceId));
    }

    /** Whether this login may verify it: the office of the worker's street, never she herself. */
    @Transactional(readOnly = true)
    public boolean mayVerify(String username, long submissionId) {
        return records.mayVerify(username, submission(submissionId).getWorkerId());
    }

    /** The office of her street confirms it: the registry records it and changes her grade. */
    public Recorded confirm(long submissionId, String processInstanceId, String by) {
        QualificationSubmission s = waiting(submissionId, processInstanceId);
        Recorded recorded = records.record(s.getWorkerId(), s.getLevel(), s.getCertificateNumber(), s.getIssuedOn(),
                s.getValidUntil(), by);
        s.confirmed(by, clock.instant(), recorded.qualificationId());
        return recorded;
    }

    /** The office of her street rejects it, with its reason. */
    public void reject(long submissionId, String processInstanceId, String by, String reason) {
        QualificationSubmission s = waiting(submissionId, processInstanceId);
        if (!records.mayVerify(by, s.getWorkerId())) {
            throw new StepRefused(by + " 不是该工作者所在街道的审核人员，或是其本人：职业资格由街道审核");
        }
        s.rejected(by, clock.instant(), reason);
    }

    private QualificationSubmission waiting(long submissionId, String processInstanceId) {
        QualificationSubmission s = boundSubmission(submissionId, processInstanceId);
        if (s.getStatus() != QualificationSubmission.Status.SUBMITTED) {
            throw new StepRefused("该职业资格登记已经审核（" + s.getStatus() + "）");
        }
        return s;
    }

    private QualificationSubmission boundSubmission(long submissionId, String processInstanceId) {
        QualificationSubmission s = submission(submissionId);
        if (!processInstanceId.equals(s.getProcessInstanceId())) {
            throw StepRefused.notBound("职业资格登记", String.valueOf(submissionId), processInstanceId);
        }
        return s;
    }

    private QualificationSubmission submission(long submissionId) {
        return submissions.findById(submissionId)
                .orElseThrow(() -> new RecordNotFoundException("职业资格登记", submissionId));
    }

    private SubmissionView view(QualificationSubmission s) {
        return new SubmissionView(s.getId(), records.holder(s.getWorkerId()), s.getLevel(),
                Masking.certificateNumber(s.getCertificateNumber()), s.getIssuedOn(), s.getValidUntil(),
                s.getStatus());
    }
}
