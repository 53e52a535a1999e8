package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Activity_CollectFeedback: what residents said of the result, the consultation's last step. */
@Component
class CollectFeedbackStep implements StepHandler {

    static final String FEEDBACK = "feedback";

    private final DeliberationRecords records;
    private final DeliberationInstances instances;
    private final CaseSummaries summaries;

    CollectFeedbackStep(DeliberationRecords records, DeliberationInstances instances, CaseSummaries summaries) {
        this.records = records;
        this.instances = instances;
        this.summaries = summaries;
    }

    @Override
    public String step() {
        return "collectFeedback";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.summary(task, summaries.deliberation(instances.deliberationOf(task)));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        String feedback = form.text(FEEDBACK, "请填写居民反馈", DeliberationForms.REMARK_MAX);
        records.feedbackCollected(instances.deliberationOf(task), feedback, Actors.current());
        DeliberationForms.forget(task, FEEDBACK);
    }
}
