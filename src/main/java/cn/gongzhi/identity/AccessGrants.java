package cn.gongzhi.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.gongzhi.identity.IdentitySync.Role;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Camunda authorizations each kind of group holds. Task visibility itself comes from candidate groups: the
 * engine grants a task's candidate groups READ and UPDATE on that task, so a worker sees only her own community's
 * tasks. Everything here is idempotent: it adds what is missing and changes nothing else.
 */
@Component
class AccessGrants {

    private static final String TASKLIST = "tasklist";
    private static final String COCKPIT = "cockpit";

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    AccessGrants(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    void ensureFor(String groupId, Role role) {
        grant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        switch (role) {
            case COMMUNITY, STREET, STREET_SUPERVISOR -> {
                // start processes from Tasklist (e.g. a Party secretary starts a deliberation)
                grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
                grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            }
            case DESIGNER -> {
                grant(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
                grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
                grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.ALL);
                grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.ALL);
                grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.ALL);
                grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            }
            case DEPARTMENT -> {
                // department liaisons only work the tasks addressed to their department's group
            }
        }
    }

    /** Tasklist's filters, readable by every login: my tasks, my groups' tasks, everything I may see. */
    void ensureTaskFilters() {
        ensureFilter("我的待办", -10, "分配给我的任务", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter("本组待办", 0, "我所在组织可认领的任务",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        ensureFilter("全部可见任务", 10, "我有权查看的全部任务", tasks.createTaskQuery());
    }

    private void ensureFilter(String name, int priority, String description, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name)
                    .setQuery(query)
                    .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
            filters.saveFilter(filter);
        }
        if (authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
                .userIdIn(ANY).count() == 0) {
            Authorization everyone = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
            everyone.setUserId(ANY);
            everyone.setResource(Resources.FILTER);
            everyone.setResourceId(filter.getId());
            everyone.addPermission(Permissions.READ);
            authorizations.saveAuthorization(everyone);
        }
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        List<Authorization> existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list();
        Authorization authorization;
        if (existing.isEmpty()) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else {
            authorization = existing.get(0);
            boolean complete = true;
            for (Permission permission : permissions) {
                complete &= authorization.isPermissionGranted(permission);
            }
            if (complete) {
                return;
            }
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
