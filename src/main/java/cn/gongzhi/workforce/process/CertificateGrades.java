package cn.gongzhi.workforce.process;

import cn.gongzhi.registry.QualificationRecords;
import cn.gongzhi.registry.WorkerRules;
import cn.gongzhi.registry.QualificationRecords.Holder;
import cn.gongzhi.workforce.domain.QualificationSubmissions.SubmissionView;
import org.springframework.stereotype.Component;

/** The grade a submitted qualification would bring, as the verifying form shows it (the registry's one rule). */
@Component
class CertificateGrades {

    private final WorkerRules rules;

    CertificateGrades(WorkerRules rules) {
        this.rules = rules;
    }

    int after(SubmissionView submission) {
        Holder h = submission.holder();
        return QualificationRecords.gradeAfter(h.grade(), rules.stepsFor(h.level()),
                rules.stepsFor(submission.level()), rules.gradeRange(h.post()));
    }
}
