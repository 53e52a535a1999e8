package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.RULING;

import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.MatterParticipants;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ReviewObjections: the form shows the notice and the text of every objection filed (masked); on completion
 * the ruling and its reasons are recorded, the ruling becomes {@code objectionRuling} and the reasons leave the
 * process. The supervision committee supervises the matter: a member who took part in it (proposed it, recorded a
 * step or a meeting of it, or worked the escalation whose outcome is on the board) may not rule on objections to it.
 */
@Component
class ReviewObjectionsStep implements StepHandler {

    static final String RULING_REASONS = "rulingReasons";

    private final Disclosures disclosures;
    private final DeliberationInstances instances;
    private final List<MatterParticipants> participants;
    private final CaseSummaries summaries;

    ReviewObjectionsStep(Disclosures disclosures, DeliberationInstances instances,
            List<MatterParticipants> participants, CaseSummaries summaries) {
        this.disclosures = disclosures;
        this.instances = instances;
        this.participants = participants;
        this.summaries = summaries;
    }

    @Override
    public String step() {
        return "reviewObjections";
    }

    @Override
    public void opened(DelegateTask task) {
        // the committee rules on what it can read: the notice and every objection's text, masked
        FormView.summary(task, summaries.objections(instances.disclosureOf(task)));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long disclosureId = instances.disclosureOf(task);
        String reviewer = Actors.current();
        DelegateExecution caller = task.getExecution().getProcessInstance().getSuperExecution();
        if (reviewer != null && caller != null && participants.stream()
                .anyMatch(p -> p.of(caller.getProcessInstanceId()).contains(reviewer))) {
            throw new StepRefused("异议须由未参与该事项的监督委员会成员审查：" + reviewer + " 参与过该事项的办理，不能审查对它的异议");
        }
        String ruling = form.oneOf(RULING.name(), "请选择审查结论：异议成立或异议不成立", Disclosures.UPHELD,
                Disclosures.DISMISSED);
        String reasons = form.text(RULING_REASONS, "请填写审查理由（将随公告公开）", Disclosures.RULING_REASONS_MAX);
        disclosures.rule(disclosureId, ruling, reasons);
        RULING.set(task.getExecution(), ruling);
        task.getExecution().removeVariable(RULING_REASONS);
    }
}
