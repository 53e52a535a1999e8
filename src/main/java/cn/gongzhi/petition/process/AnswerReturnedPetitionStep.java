package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionHandling;
import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Activity_HandleReturnedPetition: the department a petition went back to answers it; the form shows why. */
@Component
class AnswerReturnedPetitionStep implements StepHandler {

    private final PetitionForms forms;
    private final PetitionHandling handling;

    AnswerReturnedPetitionStep(PetitionForms forms, PetitionHandling handling) {
        this.forms = forms;
        this.handling = handling;
    }

    @Override
    public String step() {
        return "answerReturnedPetition";
    }

    @Override
    public void opened(DelegateTask task) {
        forms.show(task, PetitionStep.DEPARTMENT_RESPONSE);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long petition = forms.petitionOf(task);
        handling.departmentResponded(petition, Actors.current(),
                form.text("departmentResponse", "请填写部门的办理答复", PetitionForms.REPORT_MAX));
        PetitionForms.recorded(task);
    }
}
