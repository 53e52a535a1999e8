package cn.gongzhi.workforce.process;

import cn.gongzhi.registry.AppraisalResult;
import cn.gongzhi.registry.WorkerAppraisals.Appraisee;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.workforce.domain.AppraisalSheet;
import cn.gongzhi.workforce.domain.WorkFigures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the appraisal's steps show alike: the sheet as a summary, the results to choose, the values that leave. */
final class AppraisalForms {

    static final String CATEGORY = "社区工作者年度考核";
    private static final List<String> FORM_VALUES = List.copyOf(AnnualAppraisalProcess.CONTRACT.recorded());

    private AppraisalForms() {}

    /** The step is recorded: the form's values leave the process (the sheet keeps them). */
    static void recorded(DelegateTask task) {
        FORM_VALUES.forEach(task::removeVariableLocal);
        FORM_VALUES.forEach(task.getExecution()::removeVariableLocal);
        FORM_VALUES.forEach(task.getExecution().getProcessInstance()::removeVariableLocal);
    }

    static void offerResults(DelegateTask task) {
        FormView.offer(task, AnnualAppraisalProcess.RESULT_OPTIONS, Arrays.stream(AppraisalResult.values())
                .map(r -> new Choice(r.name(), r.label())).toList());
    }

    static AppraisalResult result(Choice choice) {
        return AppraisalResult.valueOf(choice.value());
    }

    /** The sheet: who, the self-report, the figures with where each comes from, the proposal and the decision. */
    static List<String> sheet(Appraisee worker, int year, AppraisalSheet sheet) {
        List<String> lines = new ArrayList<>();
        lines.add("#### " + worker.name() + " " + year + "年度考核（" + worker.post().label() + "，" + worker.grade() + " 级）");
        lines.add("**述职**：" + (sheet.getSelfReport() == null ? "（未填写）" : FormView.plain(sheet.getSelfReport(), "；")));
        WorkFigures f = sheet.getFigures();
        if (f != null) {
            lines.add("");
            lines.add("| 实绩 | 数值 |");
            lines.add("|---|---|");
            lines.add("| 承办诉求（分派给本人） | " + f.petitions() + " 件 |");
            lines.add("| 按时响应率 | " + rate(f.responsePart(), f.responseWhole()) + " |");
            lines.add("| 回访解决率 | " + rate(f.resolutionPart(), f.resolutionWhole()) + " |");
            lines.add("| 居民满意率（回访评分） | " + rate(f.satisfactionPart(), f.satisfactionWhole()) + " |");
            lines.add("| 统计时超期事项 | " + f.overdueNow() + " 件 |");
            lines.add("| 回访 | " + f.callbacks() + " 次 |");
            lines.add("| 培训学时（已认定/应完成） | " + f.trainingHours() + " / " + f.trainingRequired() + " 学时 |");
            lines.add("| 党员志愿服务时长 | " + (f.partyHours() == null ? "非在职党员或未登记" : f.partyHours().toPlainString()
                    + " 小时") + " |");
            lines.add("");
            lines.add("实绩统计自业务记录" + (sheet.getRecounts() > 0 ? "（已重新统计 " + sheet.getRecounts() + " 次）" : "")
                    + "；议事会议的组织人暂无记录，不计入。");
        }
        if (sheet.getProposedResult() != null) {
            lines.add("**考核建议**：" + sheet.getProposedResult().label() + "（" + sheet.getProposedBy() + "）"
                    + (sheet.getProposalComment() == null ? "" : "，" + FormView.plain(sheet.getProposalComment(), "；")));
        }
        if (sheet.getDecidedResult() != null) {
            lines.add("**考核结果**：" + sheet.getDecidedResult().label() + "（" + sheet.getDecidedBy() + "）"
                    + (sheet.getDecisionComment() == null ? "" : "，" + FormView.plain(sheet.getDecisionComment(), "；")));
        }
        if (sheet.getObjection() != null) {
            lines.add("**异议**：" + FormView.plain(sheet.getObjection(), "；"));
        }
        return lines;
    }

    private static String rate(Integer part, Integer whole) {
        return whole == null || whole == 0 ? "—（无样本）" : part + "/" + whole;
    }
}
