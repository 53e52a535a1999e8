package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.QualificationRecordProcess.CONFIRM;
import static cn.gongzhi.workforce.process.QualificationRecordProcess.DECISION;
import static cn.gongzhi.workforce.process.QualificationRecordProcess.REJECT;
import static cn.gongzhi.workforce.process.QualificationRecordProcess.REJECT_REASON;

import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.QualificationSubmissions;
import cn.gongzhi.workforce.domain.QualificationSubmissions.SubmissionView;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_VerifyQualification (审核职业资格): the office of the worker's street (checked against the records: a
 * member of its Party working committee, never the worker herself) confirms the certificate, which the registry then
 * records with the grade steps it brings, or rejects it with a reason. {@code qualificationDecision} routes the
 * gateway.
 */
@Component
class VerifyQualificationStep implements StepHandler {

    private final QualificationSubmissions submissions;
    private final CertificateGrades grades;

    VerifyQualificationStep(QualificationSubmissions submissions, CertificateGrades grades) {
        this.submissions = submissions;
        this.grades = grades;
    }

    @Override
    public String step() {
        return "verifyQualification";
    }

    @Override
    public void opened(DelegateTask task) {
        SubmissionView submission = submissions.bound(submissionOf(task), task.getProcessInstanceId());
        FormView.summary(task, CertificateForms.submission(submission, grades.after(submission)));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long submissionId = submissionOf(task);
        String by = Actors.current();
        String decision = form.oneOf(DECISION.name(), "请选择确认或不予确认", CONFIRM, REJECT);
        if (!submissions.mayVerify(by, submissionId)) {
            throw new StepRefused(by + " 不是该工作者所在街道的审核人员，或是其本人：职业资格由街道审核");
        }
        if (CONFIRM.equals(decision)) {
            submissions.confirm(submissionId, task.getProcessInstanceId(), by);
        } else {
            submissions.reject(submissionId, task.getProcessInstanceId(), by,
                    form.text(REJECT_REASON, "不予确认时请说明理由", 2000));
        }
        DECISION.set(task.getExecution().getProcessInstance(), decision);
        CertificateForms.recorded(task, List.of(REJECT_REASON));
    }

    private static long submissionOf(DelegateTask task) {
        return QualificationRecordProcess.SUBMISSION_ID.required(task.getExecution());
    }
}
