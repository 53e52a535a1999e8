package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.CATEGORY;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.COMMUNITY_CODE;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.COMMUNITY_TYPE;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.PERSONAL_DATA;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.PETITION_ID;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.PETITION_NUMBER;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.RECORDED_BY;

import cn.gongzhi.petition.domain.PetitionWorkflow;
import cn.gongzhi.petition.domain.PetitionWorkflow.Registered;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FieldRefusals;
import cn.gongzhi.shared.process.Starter;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Activity_RegisterPetition. A petition that came in through our APIs already has its record, and the service that
 * started the instance put its id in {@code petitionId} (a variable no request from outside the engine may set): the
 * record is bound to this instance, once. One entered through the Tasklist start form is recorded here, and its
 * personal information is taken out of the process before anything is written (the history filter keeps it out of
 * history as well). Its community follows from who entered it; when her login does not decide it, {@code
 * communityCode} stays empty and her first step, Activity_ChooseCommunity, asks her. Either way the matter's number,
 * category and place are set for Tasklist's task rows.
 */
@Component
class RegisterPetitionDelegate implements JavaDelegate {

    private final PetitionWorkflow workflow;

    RegisterPetitionDelegate(PetitionWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long id = PETITION_ID.get(execution);
        if (id != null) {
            workflow.linkProcess(id, execution.getProcessInstanceId());
            showMatter(workflow, execution, id);
            return;
        }
        Map<String, Object> form = execution.getVariables();
        PERSONAL_DATA.forEach(execution::removeVariable);
        ResidentPetitionProcess.INTAKE_TEXT.forEach(execution::removeVariable);
        Starter starter = Actors.starter().orElse(null);
        Registered petition = FieldRefusals.translated(() -> workflow.registerFromTasklist(form, starter,
                execution.getProcessInstanceId()));
        execution.setProcessBusinessKey(petition.number());
        PETITION_ID.set(execution, petition.petitionId());
        PETITION_NUMBER.set(execution, petition.number());
        COMMUNITY_CODE.set(execution, petition.communityCode());
        COMMUNITY_TYPE.set(execution, petition.communityType());
        CATEGORY.set(execution, petition.category());
        RECORDED_BY.set(execution, starter == null ? null : starter.userId());
        showMatter(workflow, execution, petition.petitionId());
    }

    /** The matter's number, category, place by name and one masked line of it, which Tasklist's task rows show. */
    static void showMatter(PetitionWorkflow workflow, VariableScope scope, long petitionId) {
        PetitionWorkflow.Matter matter = workflow.matter(petitionId);
        ResidentPetitionProcess.MATTER_NUMBER.set(scope, matter.number());
        ResidentPetitionProcess.MATTER_CATEGORY.set(scope, matter.category());
        ResidentPetitionProcess.MATTER_PLACE.set(scope, matter.place());
        CommonVariables.MATTER_SUMMARY.set(scope, matter.summary());
    }
}
