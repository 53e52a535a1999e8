package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.RELATED_PETITIONS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.RELATED_PETITION_OPTIONS;

import cn.gongzhi.escalation.domain.EscalationCases;
import cn.gongzhi.escalation.domain.Whistles;
import cn.gongzhi.escalation.domain.Whistles.Whistle;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_BlowWhistle: the community Party organisation states why the community cannot solve the matter alone and
 * what it tried (prefilled from what the petition's handler wrote), and ticks the community's other open petitions.
 */
@Component
class BlowWhistleStep implements StepHandler {

    private final Whistles whistles;
    private final EscalationCases cases;
    private final EscalationInstances instances;

    BlowWhistleStep(Whistles whistles, EscalationCases cases, EscalationInstances instances) {
        this.whistles = whistles;
        this.cases = cases;
        this.instances = instances;
    }

    @Override
    public String step() {
        return "blowWhistle";
    }

    @Override
    public void opened(DelegateTask task) {
        long escalation = instances.escalationOf(task);
        whistles.grounds(escalation).ifPresent(grounds -> {
            // the whistle starts from what the handler wrote: a true prefill, the Party organisation edits it
            EscalationForms.prefill(task, "triedSoFar", grounds.measures());
            EscalationForms.prefill(task, "reason", grounds.reason());
        });
        FormView.offer(task, RELATED_PETITION_OPTIONS, whistles.relatablePetitions(escalation).stream()
                .map(p -> new Choice(p.number(), p.number() + " " + p.categoryName())).toList());
        FormView.summary(task, EscalationForms.matter(cases.caseView(escalation)));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long escalation = instances.escalationOf(task);
        Whistle whistle = Whistle.from(form, form.chosenValues(RELATED_PETITIONS, "相关诉求", RELATED_PETITION_OPTIONS,
                false));
        whistles.whistle(escalation, whistle, Actors.current());
        EscalationForms.recorded(task);
    }
}
