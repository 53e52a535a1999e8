package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.COMMUNITY_FIELD;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.COMMUNITY_OPTIONS;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.GRID_FIELD;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.GRID_OPTIONS;

import cn.gongzhi.identity.HistoryAccessPlugin;
import cn.gongzhi.petition.domain.PetitionRegistration;
import cn.gongzhi.petition.domain.PetitionRegistration.Registered;
import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.GridRef;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Activity_ChooseCommunity, the recorder's first step when her login did not place the petition: her communities
 * (all of them for the hotline) by name, and per community its grids (the grid select shows those of the community
 * chosen above it, {@code valuesExpression} in forms/choose-petition-community.form). The community must be one
 * offered; the grid, if chosen, one of that community's. The petition is then placed, and the process knows its
 * community.
 */
@Component
class ChoosePetitionCommunityStep implements StepHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PetitionForms forms;
    private final PetitionRegistration registration;
    private final HistoryAccessPlugin historyAccess;

    ChoosePetitionCommunityStep(PetitionForms forms, PetitionRegistration registration,
            HistoryAccessPlugin historyAccess) {
        this.forms = forms;
        this.registration = registration;
        this.historyAccess = historyAccess;
    }

    @Override
    public String step() {
        return "choosePetitionCommunity";
    }

    @Override
    public void opened(DelegateTask task) {
        forms.show(task, PetitionStep.PLACE);
        List<CommunityRef> communities = registration.communitiesToChoose(Actors.starter().orElse(null));
        FormView.offer(task, COMMUNITY_OPTIONS, communities.stream().map(c -> new Choice(c.code(), c.name())).toList());
        ObjectNode grids = JSON.createObjectNode();
        for (CommunityRef community : communities) {
            ArrayNode options = grids.putArray(community.code());
            for (GridRef grid : registration.gridsOf(community.code())) {
                options.addObject().put("label", grid.name()).put("value", grid.code());
            }
        }
        task.setVariableLocal(GRID_OPTIONS, SpinValues.jsonValue(grids.toString()).create());
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long petitionId = forms.petitionOf(task);
        Choice community = form.chosen(COMMUNITY_FIELD, "所在社区（村）", COMMUNITY_OPTIONS, true).orElseThrow();
        String grid = FormInput.textOf(form.raw(GRID_FIELD), GRID_FIELD, 64);
        Registered placed = registration.placeChosen(petitionId, community.value(), grid, GRID_FIELD,
                Actors.current());
        ResidentPetitionProcess.COMMUNITY_CODE.set(task.getExecution(), placed.communityCode());
        // the dispatch decision follows in this transaction; a model deployed before its inputs were read from the
        // petition (an instance waiting here across an upgrade) reads this one
        ResidentPetitionProcess.COMMUNITY_TYPE.setTransient(task.getExecution(), placed.communityType());
        historyAccess.communityKnown(task.getExecution());
        PetitionForms.recorded(task);
    }
}
