package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.QualificationRecordProcess.CERTIFICATE_NUMBER;
import static cn.gongzhi.workforce.process.QualificationRecordProcess.ISSUED_ON;
import static cn.gongzhi.workforce.process.QualificationRecordProcess.LEVEL;
import static cn.gongzhi.workforce.process.QualificationRecordProcess.VALID_UNTIL;

import cn.gongzhi.identity.HistoryAccessPlugin;
import cn.gongzhi.registry.Qualification;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.FieldRefusals;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.workforce.domain.QualificationSubmissions;
import cn.gongzhi.workforce.domain.QualificationSubmissions.SubmissionView;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_RegisterQualification: the start form's values leave the instance before anything is stored (the
 * certificate number is a contact field, and the contract's recorded fields never reach history) and become the
 * starter's submission, checked by the registry's rules (a refusal names the field and writes nothing). The
 * instance keeps the submission's id, her community and street (whose office verifies), and the task rows' lines.
 */
@Component
class RegisterQualificationDelegate implements JavaDelegate {

    private final QualificationSubmissions submissions;
    private final HistoryAccessPlugin historyAccess;

    RegisterQualificationDelegate(QualificationSubmissions submissions, HistoryAccessPlugin historyAccess) {
        this.submissions = submissions;
        this.historyAccess = historyAccess;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormInput form = FormInput.of(execution.getVariables());
        QualificationRecordProcess.START_FIELDS.forEach(execution::removeVariable);
        SubmissionView submitted = FieldRefusals.translated(() -> submissions.submit(Actors.current(),
                level(form), FormInput.textOf(form.raw(CERTIFICATE_NUMBER), CERTIFICATE_NUMBER, 64),
                FormInput.date(form.raw(ISSUED_ON), ISSUED_ON, "", "取得日期", null),
                optionalDate(form.raw(VALID_UNTIL)), execution.getProcessInstanceId()));
        QualificationRecordProcess.SUBMISSION_ID.set(execution, submitted.id());
        QualificationRecordProcess.COMMUNITY_CODE.set(execution, submitted.holder().communityCode());
        QualificationRecordProcess.STREET_CODE.set(execution, submitted.holder().streetCode());
        CommonVariables.MATTER_CATEGORY.set(execution, "登记职业资格");
        CommonVariables.MATTER_PLACE.set(execution, submitted.holder().communityName());
        CommonVariables.MATTER_SUMMARY.set(execution, submitted.holder().name() + " 申报" + submitted.level().label());
        historyAccess.communityKnown(execution);
    }

    private static Qualification level(FormInput form) {
        String value = form.oneOf(LEVEL, "请选择职业资格等级", Qualification.ASSISTANT.name(),
                Qualification.INTERMEDIATE.name(), Qualification.SENIOR.name());
        return Qualification.valueOf(value);
    }

    private static LocalDate optionalDate(Object raw) {
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        return FormInput.date(raw, VALID_UNTIL, "", "有效期", null);
    }

}
