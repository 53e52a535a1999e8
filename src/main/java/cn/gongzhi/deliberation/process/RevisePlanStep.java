package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_RevisePlan: the form shows why the plan was sent back and starts from the plan as it stands; on
 * completion the revised plan replaces it and the matter goes back into deliberation.
 */
@Component
class RevisePlanStep implements StepHandler {

    static final String PLAN = "plan";
    static final String REVISION_NOTE = "revisionNote";

    private final DeliberationRecords records;
    private final DeliberationInstances instances;
    private final CaseSummaries summaries;

    RevisePlanStep(DeliberationRecords records, DeliberationInstances instances, CaseSummaries summaries) {
        this.records = records;
        this.instances = instances;
        this.summaries = summaries;
    }

    @Override
    public String step() {
        return "revisePlan";
    }

    @Override
    public void opened(DelegateTask task) {
        long deliberationId = instances.deliberationOf(task);
        List<String> lines = new ArrayList<>(summaries.deliberation(deliberationId));
        lines.add("");
        lines.add("**退回理由**：" + Objects.toString(records.latestReasons(deliberationId), ""));
        // the revision starts from the plan as it stands (masked, as our records keep it)
        String plan = records.currentPlan(deliberationId);
        if (plan != null) {
            task.setVariableLocal(PLAN, plan);
        }
        FormView.summary(task, lines);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        String plan = form.note(PLAN, "请填写修改后的方案");
        String note = form.text(REVISION_NOTE, "请说明如何回应否决理由", DeliberationForms.REMARK_MAX);
        records.revised(instances.deliberationOf(task), plan, note, Actors.current());
        DeliberationForms.forget(task, PLAN, REVISION_NOTE);
    }
}
