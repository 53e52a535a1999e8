package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionHandling;
import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Activity_ContactPetitioner: the worker tells how she reached the petitioner; the first contact is timed. */
@Component
class ContactPetitionerStep implements StepHandler {

    private final PetitionForms forms;
    private final PetitionHandling handling;

    ContactPetitionerStep(PetitionForms forms, PetitionHandling handling) {
        this.forms = forms;
        this.handling = handling;
    }

    @Override
    public String step() {
        return "contactPetitioner";
    }

    @Override
    public void opened(DelegateTask task) {
        forms.show(task, PetitionStep.CONTACT);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long petition = forms.petitionOf(task);
        handling.contacted(petition, Actors.current(), form.text("contactNote", "请填写联系情况", PetitionForms.REMARK_MAX));
        PetitionForms.recorded(task);
    }
}
