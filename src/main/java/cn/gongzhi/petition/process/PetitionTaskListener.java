package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.COMMUNITY_FIELD;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.COMMUNITY_OPTIONS;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.GRID_FIELD;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.GRID_OPTIONS;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.RECORDED_FORM_FIELDS;

import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.petition.domain.PetitionWorkflow;
import cn.gongzhi.petition.domain.PetitionWorkflow.Registered;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.GridRef;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FieldRefusals;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Every user task of the petition process. On create: the task's description shows what the petition is about
 * (numbers masked), and its form the case ({@link FormView#summary}); the first step of a petition whose community
 * its recorder's login did not decide offers her communities and each one's grids by name. On complete: the form's
 * values are validated and recorded in the timeline, and the form's fields leave the process. A rule broken fails the
 * completion with 400 naming the field; nothing is recorded.
 */
@Component
class PetitionTaskListener implements TaskListener {

    private static final Map<String, PetitionStep> STEPS = Map.of(
            ResidentPetitionProcess.CHOOSE_COMMUNITY, PetitionStep.PLACE,
            ResidentPetitionProcess.CONTACT, PetitionStep.CONTACT,
            ResidentPetitionProcess.HANDLE, PetitionStep.HANDLING,
            ResidentPetitionProcess.CALLBACK, PetitionStep.CALLBACK,
            ResidentPetitionProcess.HANDLE_RETURNED, PetitionStep.DEPARTMENT_RESPONSE,
            ResidentPetitionProcess.SUPERVISE_OVERDUE, PetitionStep.SUPERVISION);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PetitionWorkflow workflow;
    private final PetitionInstances instances;

    PetitionTaskListener(PetitionWorkflow workflow, PetitionInstances instances) {
        this.workflow = workflow;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateTask task) {
        if (ResidentPetitionProcess.PETITION_ID.get(task) == null) {
            // the instance moved on under this task: someone completed it at the same moment (answers 409)
            throw new OptimisticLockingException("Task " + task.getId()
                    + " was completed concurrently: its process instance has moved on");
        }
        long petitionId = instances.petitionOf(task);
        PetitionStep step = STEPS.get(task.getTaskDefinitionKey());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setDescription(workflow.taskSummary(petitionId));
            FormView.summary(task, workflow.caseSummary(petitionId, step));
            if (step == PetitionStep.PLACE) {
                offerPlaces(task);
            }
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        FieldRefusals.translated(() -> {
            if (step == PetitionStep.PLACE) {
                placeChosen(task, petitionId);
            } else {
                workflow.taskCompleted(petitionId, step, Actors.current(), task.getVariables());
            }
        });
        RECORDED_FORM_FIELDS.forEach(task.getExecution()::removeVariable);
    }

    /**
     * The recorder's communities (all of them for the hotline), and per community its grids: the grid select shows
     * those of the community chosen above it ({@code valuesExpression} in forms/choose-petition-community.form).
     */
    private void offerPlaces(DelegateTask task) {
        List<CommunityRef> communities = workflow.communitiesToChoose(Actors.starter().orElse(null));
        FormView.offer(task, COMMUNITY_OPTIONS, communities.stream().map(c -> new Choice(c.code(), c.name())).toList());
        ObjectNode grids = JSON.createObjectNode();
        for (CommunityRef community : communities) {
            ArrayNode options = grids.putArray(community.code());
            for (GridRef grid : workflow.gridsOf(community.code())) {
                options.addObject().put("label", grid.name()).put("value", grid.code());
            }
        }
        task.setVariableLocal(GRID_OPTIONS, SpinValues.jsonValue(grids.toString()).create());
    }

    /**
     * The community must be one this task offered; the grid, if one is chosen, one of that community's (the workflow
     * checks it against the registry). The petition is then placed, and the process knows its community.
     */
    private void placeChosen(DelegateTask task, long petitionId) {
        Map<String, Object> form = task.getVariables();
        Choice community = FormView.chosen(task, form, COMMUNITY_FIELD, "所在社区（村）", COMMUNITY_OPTIONS, true)
                .orElseThrow();
        Object grid = form.get(GRID_FIELD);
        String gridCode = grid == null ? null : grid instanceof SpinJsonNode node && node.isString()
                ? node.stringValue().trim() : grid.toString().trim();
        Registered placed = workflow.placeChosen(petitionId, community.value(),
                gridCode == null || gridCode.isEmpty() ? null : gridCode, GRID_FIELD, Actors.current());
        ResidentPetitionProcess.COMMUNITY_CODE.set(task.getExecution(), placed.communityCode());
        ResidentPetitionProcess.COMMUNITY_TYPE.set(task.getExecution(), placed.communityType());
        RegisterPetitionDelegate.showMatter(workflow, task.getExecution(), petitionId);
    }
}
