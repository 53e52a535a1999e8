package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Activity_HoldConsultation: the consultation met; how many took part and their opinions go into the timeline. */
@Component
class HoldConsultationStep implements StepHandler {

    static final String PARTICIPANT_COUNT = "participantCount";
    static final String OPINIONS = "opinions";
    /** The most people a consultation records. */
    static final int PARTICIPANTS_MAX = 100_000;

    private final DeliberationRecords records;
    private final DeliberationInstances instances;
    private final CaseSummaries summaries;

    HoldConsultationStep(DeliberationRecords records, DeliberationInstances instances, CaseSummaries summaries) {
        this.records = records;
        this.instances = instances;
        this.summaries = summaries;
    }

    @Override
    public String step() {
        return "holdConsultation";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.summary(task, summaries.deliberation(instances.deliberationOf(task)));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        int participants = form.count(PARTICIPANT_COUNT, "请填写参会人数", 1, PARTICIPANTS_MAX);
        String opinions = form.note(OPINIONS, "请记录协商意见");
        records.consulted(instances.deliberationOf(task), participants, opinions, Actors.current());
        DeliberationForms.forget(task, PARTICIPANT_COUNT, OPINIONS);
    }
}
