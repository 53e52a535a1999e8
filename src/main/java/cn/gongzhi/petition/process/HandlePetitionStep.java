package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionHandling;
import cn.gongzhi.petition.domain.PetitionHandling.HandlingOutcome;
import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_HandlePetition: the measures taken and the outcome, which the process routes on ({@code handlingOutcome}):
 * resolved, or beyond the community, with the reason the whistle is asked for. The timeline records the outcome: the
 * form's variable stays for the gateway only and is kept out of Camunda's history.
 */
@Component
class HandlePetitionStep implements StepHandler {

    private final PetitionForms forms;
    private final PetitionHandling handling;

    HandlePetitionStep(PetitionForms forms, PetitionHandling handling) {
        this.forms = forms;
        this.handling = handling;
    }

    @Override
    public String step() {
        return "handlePetition";
    }

    @Override
    public void opened(DelegateTask task) {
        forms.show(task, PetitionStep.HANDLING);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long petition = forms.petitionOf(task);
        HandlingOutcome outcome = HandlingOutcome.valueOf(form.oneOf("handlingOutcome",
                "请选择办理结果：已办理（RESOLVED）或超出社区能力（BEYOND_COMMUNITY）", "RESOLVED", "BEYOND_COMMUNITY"));
        String measures = form.text("measures", "请填写采取的措施和办理结果", PetitionForms.REPORT_MAX);
        String reason = outcome == HandlingOutcome.BEYOND_COMMUNITY
                ? form.text("escalationReason", "申请吹哨时请说明社区无法解决的原因", PetitionForms.REMARK_MAX) : null;
        handling.handled(petition, Actors.current(), outcome, measures, reason);
        PetitionForms.recorded(task);
    }
}
