package cn.gongzhi.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.gongzhi.identity.IdentitySync.Role;
import cn.gongzhi.shared.process.ProcessContract;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.springframework.stereotype.Component;

/**
 * The Camunda authorizations each kind of group holds. Task visibility itself comes from candidate groups: the
 * engine grants a task's candidate groups READ and UPDATE on that task, so a worker sees only her own community's
 * tasks. Which process a group may start comes from the processes' contracts ({@link #ensureStarters}). Everything
 * here is idempotent: it brings each grant to what it should be and touches nothing else.
 */
@Component
class AccessGrants {

    private static final String TASKLIST = "tasklist";
    private static final String COCKPIT = "cockpit";

    private final AuthorizationService authorizations;

    AccessGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void ensureFor(String groupId, Role role) {
        grant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        switch (role) {
            case COMMUNITY, HOTLINE, MEMBER, STREET -> {
                // see every process's name in Tasklist; which process a group may start is granted per definition
                // (Party members and work units' contacts: only the reporting, by its start rule; the street office:
                // only the training, certificate and appraisal processes, by theirs) (ensureStarters), and the start
                // itself needs an instance to create
                grantExactly(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
                grantExactly(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            }
            case STREET_SUPERVISOR, DEPARTMENT -> {
                // the street's supervisors and the departments start nothing by hand: the processes bring them their
                // tasks
                grantExactly(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
                grantExactly(groupId, Resources.PROCESS_INSTANCE, ANY);
            }
            case DESIGNER -> {
                // models, not cases: deploy, read and retire definitions and open Cockpit; never start an instance,
                // work a task or move a token (no CREATE_INSTANCE, no task or instance update)
                grant(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
                grantExactly(groupId, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ,
                        Permissions.DELETE);
                grantExactly(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.DELETE,
                        ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.READ_HISTORY);
                grantExactly(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.UPDATE,
                        Permissions.READ_HISTORY);
                grantExactly(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
                grantExactly(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            }
        }
    }

    /**
     * CREATE_INSTANCE on each of our process definitions for exactly the groups its contract's start rule names (the
     * same rule that checks the start itself), and for no other group of ours. Read in one query, changed where it
     * differs.
     */
    void ensureStarters(List<ProcessContract> contracts, Set<String> ourGroups) {
        Map<String, Map<String, Authorization>> existing = new HashMap<>();
        for (Authorization authorization : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .resourceType(Resources.PROCESS_DEFINITION).list()) {
            if (authorization.getGroupId() != null && !ANY.equals(authorization.getResourceId())) {
                existing.computeIfAbsent(authorization.getResourceId(), k -> new HashMap<>())
                        .put(authorization.getGroupId(), authorization);
            }
        }
        for (ProcessContract contract : contracts) {
            Set<String> starters = contract.startRule() == null ? Set.of()
                    : contract.startRule().starterGroups();
            Map<String, Authorization> current = existing.getOrDefault(contract.key(), Map.of());
            for (String group : ourGroups) {
                Authorization authorization = current.get(group);
                if (starters.contains(group)) {
                    if (authorization == null || !authorization.isPermissionGranted(Permissions.READ)
                            || !authorization.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)) {
                        grantExactly(group, Resources.PROCESS_DEFINITION, contract.key(), Permissions.READ,
                                ProcessDefinitionPermissions.CREATE_INSTANCE);
                    }
                } else if (authorization != null) {
                    authorizations.deleteAuthorization(authorization.getId());
                }
            }
        }
    }

    /**
     * Exactly these permissions, no more: a grant an earlier version gave more widely (every group of a community
     * could start every process) is narrowed here. No permission at all removes the grant.
     */
    void grantExactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
        setExactly(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).list(), a -> a.setGroupId(groupId), resource,
                resourceId, permissions);
    }

    /**
     * Every login reads the names of every group and user: Tasklist shows a task's candidate groups and its assignee
     * by name (河沿社区社区工作者, 张伟) instead of their ids, also to a street supervisor who belongs to neither. Profiles
     * hold names only (the identity sync writes no e-mail or phone); nobody but the user and administrators changes
     * one.
     */
    void ensureNamesReadable() {
        for (Resource resource : List.of(Resources.GROUP, Resources.USER)) {
            if (authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource)
                    .resourceId(ANY).count() == 0) {
                Authorization everyone = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
                everyone.setUserId(ANY);
                everyone.setResource(resource);
                everyone.setResourceId(ANY);
                everyone.addPermission(Permissions.READ);
                authorizations.saveAuthorization(everyone);
            }
        }
    }

    /** A login may read and update (name, password) her own user, never delete it: that is an administrator's. */
    void ensureOwnUsers(Collection<String> userIds) {
        // every login's grant on its own user in one query; only those that differ are written
        Map<String, List<Authorization>> own = new HashMap<>();
        for (Authorization authorization : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .resourceType(Resources.USER).list()) {
            if (authorization.getUserId() != null && authorization.getUserId().equals(authorization.getResourceId())) {
                own.computeIfAbsent(authorization.getUserId(), k -> new ArrayList<>()).add(authorization);
            }
        }
        for (String userId : userIds) {
            setExactly(own.getOrDefault(userId, List.of()), a -> a.setUserId(userId), Resources.USER, userId,
                    Permissions.READ, Permissions.UPDATE);
        }
    }

    private void setExactly(List<Authorization> existing, Consumer<Authorization> holder,
            Resource resource, String resourceId, Permission... permissions) {
        if (permissions.length == 0) {
            existing.forEach(a -> authorizations.deleteAuthorization(a.getId()));
            return;
        }
        Authorization authorization;
        if (existing.isEmpty()) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            holder.accept(authorization);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else {
            authorization = existing.get(0);
            Set<Permission> granted = Set.of(authorization.getPermissions(
                    ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType())));
            if (granted.equals(Set.of(permissions))) {
                return;
            }
        }
        authorization.setPermissions(permissions);
        authorizations.saveAuthorization(authorization);
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
