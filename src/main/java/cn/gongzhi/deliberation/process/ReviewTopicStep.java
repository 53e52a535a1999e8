package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.TOPIC_DECISION;

import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ReviewTopic: the community Party organisation puts the topic on the agenda or declines it, with its note;
 * {@code topicDecision} stays for the gateway.
 */
@Component
class ReviewTopicStep implements StepHandler {

    static final String ACCEPTED = "ACCEPTED";
    static final String DECLINED = "DECLINED";
    static final String REVIEW_NOTE = "reviewNote";

    private final DeliberationRecords records;
    private final DeliberationInstances instances;
    private final CaseSummaries summaries;

    ReviewTopicStep(DeliberationRecords records, DeliberationInstances instances, CaseSummaries summaries) {
        this.records = records;
        this.instances = instances;
        this.summaries = summaries;
    }

    @Override
    public String step() {
        return "reviewTopic";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.summary(task, summaries.deliberation(instances.deliberationOf(task)));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        String decision = form.oneOf(TOPIC_DECISION.name(), "请选择是否列入议程", ACCEPTED, DECLINED);
        String note = form.text(REVIEW_NOTE, "请填写审核意见（列入议程的，写明议程安排）", DeliberationForms.REMARK_MAX);
        records.topicReviewed(instances.deliberationOf(task), ACCEPTED.equals(decision), note, Actors.current());
        DeliberationForms.forget(task, REVIEW_NOTE);
    }
}
