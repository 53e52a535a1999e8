package cn.gongzhi.identity;

import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.process.CommonVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Lets supervisors read their own street's cases, and no one else's. Every process that belongs to a community carries
 * the variable {@code communityCode} ({@link CommonVariables#COMMUNITY_CODE}); when such an instance starts with it, or
 * when the step that learns it says so ({@link #communityKnown}), the community's supervisors and
 * its street's supervisors are granted READ on its history (Camunda's historic instance permissions, switched on
 * here), and when one of its user tasks is created they are granted READ on that task, so the overdue list's links
 * open the task in Tasklist (they see it, they cannot claim or complete it; the engine removes the grant with the
 * task).
 */
@Component
public class HistoryAccessPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<RegistryService> registry;

    HistoryAccessPlugin(ObjectProvider<RegistryService> registry) {
        this.registry = registry;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableHistoricInstancePermissions(true);
        // ...for the instances (the grants below), not for every task: the engine would otherwise grant each task's
        // candidate groups and assignee READ on its history, about seven rows per closed petition that nobody reads
        // (Tasklist shows open tasks) and that every Tasklist query's authorization check scans (docs/performance.md,
        // "A district's years of petitions")
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            protected boolean isHistoricInstancePermissionsEnabled() {
                return false;
            }
        });
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() != null
                ? new ArrayList<>(configuration.getCustomPostBPMNParseListeners()) : new ArrayList<>();
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) HistoryAccessPlugin.this::grant);
            }

            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
                            (TaskListener) HistoryAccessPlugin.this::grantTask);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /**
     * The community of an instance became known after its start (a petition learns it when its first step records it,
     * or when its recorder chooses it): its supervisors may now read the instance's history. Called once per instance,
     * by the step that set {@code communityCode}; an instance whose community was known at its start was granted then.
     */
    public void communityKnown(DelegateExecution execution) {
        grant(execution.getProcessInstance());
    }

    private void grant(DelegateExecution execution) {
        if (execution.getParentId() != null) {
            return;
        }
        String community = CommonVariables.COMMUNITY_CODE.get(execution);
        if (community == null) {
            return;
        }
        // the grant names the instance's root, so that history cleanup removes it with the instance's history (the
        // engine gives its own historic task grants the root; without it this grant would outlive the history)
        save(community,
                Resources.HISTORIC_PROCESS_INSTANCE, execution.getProcessInstanceId(),
                HistoricProcessInstancePermissions.READ, Set.of(),
                ((ExecutionEntity) execution).getRootProcessInstanceId());
    }

    private void grantTask(DelegateTask task) {
        String community = CommonVariables.COMMUNITY_CODE.get(task);
        if (community != null) {
            // a supervisors' group that is already a candidate has the engine's own, wider grant on the task (and a
            // second grant for the same group and task would break the authorization table's unique index)
            Set<String> candidates = task.getCandidates().stream().map(IdentityLink::getGroupId)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            save(community, Resources.TASK, task.getId(),
                    TaskPermissions.READ, candidates, null);
        }
    }

    private void save(String community, Resources resource, String resourceId,
            org.camunda.bpm.engine.authorization.Permission permission, Set<String> skipped, String rootInstance) {
        List<String> groups = new ArrayList<>();
        groups.add(GroupIds.communitySupervisors(community));
        registry.getObject().streetOf(community).ifPresent(street -> groups.add(GroupIds.streetSupervisors(street)));
        groups.removeAll(skipped);
        // inserted as the engine inserts its own task grants: the service's save command would look the instance's
        // history up in the database, find it not yet written (the instance starts in this transaction) and clear the
        // root again; and it would log each automatic grant as a user operation
        for (String group : groups) {
            AuthorizationEntity read = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(group);
            read.setResource(resource);
            read.setResourceId(resourceId);
            read.addPermission(permission);
            read.setRootProcessInstanceId(rootInstance);
            Context.getCommandContext().getAuthorizationManager().insert(read);
        }
    }
}
