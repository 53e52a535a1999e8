package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ImplementResolution (village) and Activity_ImplementDecision (urban), one form: the committee reports how
 * the resolution was carried out; the matter is being implemented, and its result is disclosed next.
 */
@Component
class ImplementResolutionStep implements StepHandler {

    static final String IMPLEMENTATION_REPORT = "implementationReport";

    private final DeliberationRecords records;
    private final DeliberationInstances instances;
    private final CaseSummaries summaries;

    ImplementResolutionStep(DeliberationRecords records, DeliberationInstances instances, CaseSummaries summaries) {
        this.records = records;
        this.instances = instances;
        this.summaries = summaries;
    }

    @Override
    public String step() {
        return "implementResolution";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.summary(task, summaries.deliberation(instances.deliberationOf(task)));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        String report = form.note(IMPLEMENTATION_REPORT, "请填写实施情况");
        records.implemented(instances.deliberationOf(task), report, Actors.current());
        DeliberationForms.forget(task, IMPLEMENTATION_REPORT);
    }
}
