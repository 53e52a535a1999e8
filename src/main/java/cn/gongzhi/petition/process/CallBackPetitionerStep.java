package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionHandling;
import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_CallBackPetitioner: whether the matter is resolved and how satisfied the petitioner is (1–5), asked by
 * someone other than who contacted or handled it; the form shows what to tell her.
 */
@Component
class CallBackPetitionerStep implements StepHandler {

    private final PetitionForms forms;
    private final PetitionHandling handling;

    CallBackPetitionerStep(PetitionForms forms, PetitionHandling handling) {
        this.forms = forms;
        this.handling = handling;
    }

    @Override
    public String step() {
        return "callBackPetitioner";
    }

    @Override
    public void opened(DelegateTask task) {
        forms.show(task, PetitionStep.CALLBACK);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long petition = forms.petitionOf(task);
        boolean resolved = form.yesOrNo("resolved", "请选择诉求是否已解决");
        int satisfaction = FormInput.score(form.raw("satisfaction"), "satisfaction", "满意度");
        String comment = form.optionalText("callbackComment", PetitionForms.REMARK_MAX);
        handling.calledBack(petition, Actors.current(), resolved, satisfaction, comment);
        PetitionForms.recorded(task);
    }
}
