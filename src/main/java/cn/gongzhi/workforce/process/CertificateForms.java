package cn.gongzhi.workforce.process;

import cn.gongzhi.registry.CertificateRenewals.Certificate;
import cn.gongzhi.registry.QualificationRecords.Holder;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.workforce.domain.CertificateRenewal;
import cn.gongzhi.workforce.domain.QualificationSubmissions.SubmissionView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the certificate steps share: the lines their forms show (numbers masked), the dates read, the values that leave. */
final class CertificateForms {

    private CertificateForms() {}

    static List<String> certificate(Certificate c, CertificateRenewal renewal) {
        List<String> lines = new ArrayList<>();
        lines.add("#### 证书注册续期：" + c.workerName() + "（" + c.communityName() + "）");
        lines.add("**证书**：" + c.level().label() + (c.maskedNumber() == null ? "" : "，编号 " + c.maskedNumber()));
        lines.add("**取得日期**：" + c.issuedOn() + (c.renewedOn() == null ? "" : "；上次续期 " + c.renewedOn()));
        lines.add("**注册有效期至**：" + renewal.getValidUntil() + "（逾期未续期，证书不再计入职业资格）");
        if (renewal.getUrgeAction() != null) {
            lines.add("**社区负责人**：" + renewal.getUrgedBy() + " 已督促");
        }
        return lines;
    }

    static List<String> submission(SubmissionView s, int gradeAfter) {
        Holder h = s.holder();
        List<String> lines = new ArrayList<>();
        lines.add("#### 登记职业资格：" + h.name() + "（" + h.communityName() + "，" + h.post().label() + "）");
        lines.add("**申报等级**：" + s.level().label() + "，证书编号 " + s.maskedNumber());
        lines.add("**取得日期**：" + s.issuedOn() + "；**有效期至**：" + (s.validUntil() == null ? "长期" : s.validUntil()));
        lines.add("**现有职业资格**：" + h.level().label() + "；**现等级**：" + h.grade() + " 级");
        lines.add(gradeAfter == h.grade() ? "**确认后等级**：不变（所增级数已在现有资格中计入，或已到岗位最高等级）"
                : "**确认后等级**：" + gradeAfter + " 级（取得职业资格）");
        return lines;
    }

    static LocalDate date(FormInput form, String field, String label) {
        return FormInput.date(form.raw(field), field, "", label, null);
    }

    /** The step is recorded: the form's values leave the process (our records keep them). */
    static void recorded(DelegateTask task, Collection<String> fields) {
        fields.forEach(task.getExecution().getProcessInstance()::removeVariable);
        fields.forEach(task::removeVariable);
    }
}
