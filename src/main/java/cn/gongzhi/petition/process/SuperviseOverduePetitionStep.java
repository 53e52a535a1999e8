package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionHandling;
import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Activity_SuperviseOverduePetition: the supervisor's note on an overdue petition; the form shows who is late. */
@Component
class SuperviseOverduePetitionStep implements StepHandler {

    private final PetitionForms forms;
    private final PetitionHandling handling;

    SuperviseOverduePetitionStep(PetitionForms forms, PetitionHandling handling) {
        this.forms = forms;
        this.handling = handling;
    }

    @Override
    public String step() {
        return "superviseOverduePetition";
    }

    @Override
    public void opened(DelegateTask task) {
        forms.show(task, PetitionStep.SUPERVISION);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long petition = forms.petitionOf(task);
        handling.supervised(petition, Actors.current(),
                form.text("supervisionNote", "请填写督办意见", PetitionForms.REMARK_MAX));
        PetitionForms.recorded(task);
    }
}
