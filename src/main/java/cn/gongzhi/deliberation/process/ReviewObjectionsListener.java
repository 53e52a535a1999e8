package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.RULING;

import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FieldRefusals;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.MatterParticipants;
import cn.gongzhi.shared.process.StepRefused;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Activity_ReviewObjections. On create: the form shows the notice and the text of every objection filed (masked). On
 * complete: the ruling and its reasons are recorded; the reasons leave the process. The
 * supervision committee supervises the matter: a member who took part in it (proposed it, recorded a step or a
 * meeting of it, or worked the escalation whose outcome is on the board) may not rule on objections to it.
 */
@Component
class ReviewObjectionsListener implements TaskListener {

    private final Disclosures disclosures;
    private final DeliberationInstances instances;
    private final List<MatterParticipants> participants;
    private final CaseSummaries summaries;

    ReviewObjectionsListener(Disclosures disclosures, DeliberationInstances instances,
            List<MatterParticipants> participants, CaseSummaries summaries) {
        this.disclosures = disclosures;
        this.instances = instances;
        this.participants = participants;
        this.summaries = summaries;
    }

    @Override
    public void notify(DelegateTask task) {
        long disclosureId = instances.disclosureOf(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // the committee rules on what it can read: the notice and every objection's text, masked
            FormView.summary(task, summaries.objections(disclosureId));
            return;
        }
        String reviewer = Actors.current();
        DelegateExecution caller = task.getExecution().getProcessInstance().getSuperExecution();
        if (reviewer != null && caller != null && participants.stream()
                .anyMatch(p -> p.of(caller.getProcessInstanceId()).contains(reviewer))) {
            throw new StepRefused("异议须由未参与该事项的监督委员会成员审查：" + reviewer + " 参与过该事项的办理，不能审查对它的异议");
        }
        String ruling = FieldRefusals.translated(() -> disclosures.rule(disclosureId, task.getVariables()));
        RULING.set(task.getExecution(), ruling);
        task.getExecution().removeVariable("rulingReasons");
    }
}
