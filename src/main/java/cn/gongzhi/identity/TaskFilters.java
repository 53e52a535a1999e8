package cn.gongzhi.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.gongzhi.shared.process.CommonVariables;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Tasklist's shared task filters: my tasks and the tasks I may claim (my groups' and those offered to me by name),
 * readable by every login; everything I may see, readable by the supervisors' groups only. Which tasks each login then
 * finds in them is the authorizations' ({@link AccessGrants}). Idempotent: a filter that is there already is brought
 * up to date, not created again.
 *
 * <p>A worker's own and claimable tasks are all she may work; what else she could read is nothing, so 全部可见任务 would
 * only repeat them, and its count, which Tasklist refreshes with the others, joins every open task of the district with
 * her grants (3.1 s at a million petitions, docs/performance.md). The supervisors read their community's or street's
 * tasks without being offered them, so the filter is theirs.
 */
@Component
class TaskFilters {

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    TaskFilters(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    static final String ALL_VISIBLE = "全部可见任务";

    /**
     * Tasklist's filters: my tasks and the tasks I may claim for every login, everything I may see for the groups
     * {@link #offerAllVisibleTo} names. Every row shows
     * the matter's number, category, place and a masked one-line summary ({@link CommonVariables}), so that a worker with twenty tasks tells
     * them apart without opening each; the filter's search finds a task by its number.
     */
    void ensureTaskFilters() {
        ensureFilter("我的待办", -10, "分配给我的任务", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        // a candidate user's tasks as well as her groups' (the engine resolves her groups from the identity tables
        // IdentitySync keeps): a community service offered to the community's active members is claimable here
        ensureFilter("本组待办", 0, "我可认领的任务：我所在组织的，和提供给我的",
                tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").includeAssignedTasks());
        ensureFilter(ALL_VISIBLE, 10, "我有权查看的全部任务（督办人员）", tasks.createTaskQuery());
    }

    /**
     * READ on 全部可见任务 for exactly the given groups among ours: granted where missing, taken from any other group
     * of ours and from everyone (an earlier version let every login read it). Grants to groups that are not ours
     * (given by an administrator by hand) are left alone.
     */
    void offerAllVisibleTo(Set<String> readers, Set<String> ourGroups) {
        Filter filter = filters.createFilterQuery().filterName(ALL_VISIBLE).singleResult();
        if (filter == null) {
            return;
        }
        Set<String> granted = new HashSet<>();
        for (Authorization authorization : authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filter.getId()).list()) {
            String group = authorization.getGroupId();
            if (ANY.equals(authorization.getUserId())
                    || group != null && ourGroups.contains(group) && !readers.contains(group)) {
                authorizations.deleteAuthorization(authorization.getId());
            } else if (group != null && authorization.isPermissionGranted(Permissions.READ)) {
                granted.add(group);
            }
        }
        for (String group : readers) {
            if (!granted.contains(group)) {
                grantRead(AUTH_TYPE_GRANT, filter.getId(), a -> a.setGroupId(group));
            }
        }
    }

    /** The variables every task row shows, with their Chinese labels. */
    static List<Map<String, String>> rowVariables() {
        return List.of(
                Map.of("name", CommonVariables.MATTER_NUMBER.name(), "label", "编号"),
                Map.of("name", CommonVariables.MATTER_CATEGORY.name(), "label", "类别"),
                Map.of("name", CommonVariables.MATTER_PLACE.name(), "label", "地点"),
                Map.of("name", CommonVariables.MATTER_SUMMARY.name(), "label", "事项"));
    }

    private void ensureFilter(String name, int priority, String description, TaskQuery query) {
        boolean everyone = !ALL_VISIBLE.equals(name);
        Map<String, Object> properties = Map.of("priority", priority, "description", description, "refresh", true,
                "variables", rowVariables(), "showUndefinedVariable", false);
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
            filters.saveFilter(filter);
        } else if (!properties.equals(filter.getProperties())) {
            // a filter an earlier version created: its rows gain the matter's number, category and place, and its
            // query (with its description) follows this version's
            filters.saveFilter(filter.setProperties(properties).setQuery(query));
        }
        if (everyone && authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filter.getId()).userIdIn(ANY).count() == 0) {
            grantRead(AUTH_TYPE_GLOBAL, filter.getId(), a -> a.setUserId(ANY));
        }
    }

    private void grantRead(int type, String filterId, Consumer<Authorization> holder) {
        Authorization authorization = authorizations.createNewAuthorization(type);
        holder.accept(authorization);
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filterId);
        authorization.addPermission(Permissions.READ);
        authorizations.saveAuthorization(authorization);
    }
}
