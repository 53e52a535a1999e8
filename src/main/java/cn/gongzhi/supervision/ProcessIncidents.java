package cn.gongzhi.supervision;

import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.supervision.SupervisionScope.Selection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * 流程故障: the open incidents of the processes in the supervisor's scope (docs/supervision.md). An incident is what the
 * engine raises when a step's retries are used up, e.g. a save point whose hand-over to another instance keeps
 * failing (docs/architecture.md, "Save points"). Supervisors do not use Cockpit: they see here which matter stands
 * still, in which process and step, since when and why (the message masked, on one line), and what is to be done
 * about it. Read through the engine's API; an instance belongs to the community in its {@code communityCode} variable,
 * and the caller sees the communities of the unit she chose, by the same rules as the overdue list
 * ({@link SupervisionScope}).
 */
@Component
public class ProcessIncidents {

    /** The longest message shown, in characters. */
    static final int MESSAGE_LENGTH = 120;

    /** One open incident, in words a supervisor reads. */
    public record Item(String matterNumber, String process, String step, String communityCode, String communityName,
            LocalDateTime since, String message, String remedy) {}

    /** What a failed step's incident asks for: the engine has used up the configured attempts. */
    static final String RETRIES_USED_UP = "已按设定自动重试并全部失败：请系统管理员排除原因后在 Cockpit 中重试此步骤";
    /** Any other incident. */
    static final String OTHER_INCIDENT = "流程在此步骤停止：请系统管理员在 Cockpit 中处理";

    /** The open incidents of a unit, oldest first. */
    public record Incidents(SupervisionUnit unit, String unitId, String unitName, LocalDateTime asOf,
            List<Item> items) {}

    private final SupervisionScope scope;
    private final RegistryService registry;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final Clock clock;

    ProcessIncidents(SupervisionScope scope, RegistryService registry, RuntimeService runtime,
            RepositoryService repository, Clock clock) {
        this.scope = scope;
        this.registry = registry;
        this.runtime = runtime;
        this.repository = repository;
        this.clock = clock;
    }

    /** The open incidents in the unit the caller asked for, if she may see it; refused as the overdue list is. */
    public Incidents list(Collection<String> groups, SupervisionUnit unit, String unitId) {
        Selection selection = scope.select(groups, unit, unitId);
        Set<String> communities = new HashSet<>(selection.communities());
        List<Incident> open = runtime.createIncidentQuery().orderByIncidentTimestamp().asc().list();
        Set<String> instanceIds = new LinkedHashSet<>();
        open.forEach(i -> instanceIds.add(i.getProcessInstanceId()));
        Map<String, Map<String, Object>> variables = processVariables(instanceIds);
        Map<String, ProcessInstance> instances = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                    .forEach(p -> instances.put(p.getId(), p));
        }
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        Map<String, BpmnModelInstance> models = new HashMap<>();
        ZoneId zone = clock.getZone();
        List<Item> items = new ArrayList<>();
        for (Incident incident : open) {
            Map<String, Object> vars = variables.getOrDefault(incident.getProcessInstanceId(), Map.of());
            Object community = vars.get(CommonVariables.COMMUNITY_CODE.name());
            if (!(community instanceof String code) || !communities.contains(code)) {
                continue;
            }
            ProcessDefinition definition = definitions.computeIfAbsent(incident.getProcessDefinitionId(),
                    repository::getProcessDefinition);
            BpmnModelInstance model = models.computeIfAbsent(incident.getProcessDefinitionId(),
                    repository::getBpmnModelInstance);
            ProcessInstance instance = instances.get(incident.getProcessInstanceId());
            Object matter = vars.get(CommonVariables.MATTER_NUMBER.name());
            String number = matter instanceof String m ? m : instance == null ? null : instance.getBusinessKey();
            items.add(new Item(number, name(definition), step(model, incident.getActivityId()), code,
                    registry.community(code).map(CommunityRef::name).orElse(code),
                    LocalDateTime.ofInstant(incident.getIncidentTimestamp().toInstant(), zone),
                    Masking.oneLine(incident.getIncidentMessage(), MESSAGE_LENGTH),
                    Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType()) ? RETRIES_USED_UP
                            : OTHER_INCIDENT));
        }
        return new Incidents(selection.unit(), selection.unitId(), selection.unitName(), LocalDateTime.now(clock),
                List.copyOf(items));
    }

    /** The instances' own {@code communityCode} and {@code matterNumber}, in one query. */
    private Map<String, Map<String, Object>> processVariables(Set<String> instanceIds) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        if (instanceIds.isEmpty()) {
            return byInstance;
        }
        List<VariableInstance> found = runtime.createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableNameIn(CommonVariables.COMMUNITY_CODE.name(), CommonVariables.MATTER_NUMBER.name())
                .disableBinaryFetching().disableCustomObjectDeserialization().list();
        for (VariableInstance variable : found) {
            if (variable.getExecutionId() != null && variable.getExecutionId().equals(variable.getProcessInstanceId())) {
                byInstance.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        return byInstance;
    }

    private static String name(ProcessDefinition definition) {
        return definition == null ? "（未知流程）"
                : definition.getName() != null ? definition.getName() : definition.getKey();
    }

    /** The step's label in the model (Chinese), or its id when it has none. */
    private static String step(BpmnModelInstance model, String activityId) {
        if (activityId == null) {
            return "（未知步骤）";
        }
        FlowElement element = model == null ? null : model.getModelElementById(activityId);
        return element != null && element.getName() != null ? element.getName() : activityId;
    }
}
