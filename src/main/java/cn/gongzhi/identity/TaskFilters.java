package cn.gongzhi.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import cn.gongzhi.shared.process.CommonVariables;
import java.util.List;
import java.util.Map;
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
 * Tasklist's shared task filters, readable by every login: my tasks, the tasks I may claim (my groups' and those
 * offered to me by name), everything I may see. Which
 * tasks each login then finds in them is the authorizations' ({@link AccessGrants}). Idempotent: a filter that is
 * there already is brought up to date, not created again.
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

    /**
     * Tasklist's filters, readable by every login: my tasks, the tasks I may claim, everything I may see. Every row shows
     * the matter's number, category, place and a masked one-line summary ({@link CommonVariables}), so that a worker with twenty tasks tells
     * them apart without opening each; the filter's search finds a task by its number.
     */
    void ensureTaskFilters() {
        ensureFilter("我的待办", -10, "分配给我的任务", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        // a candidate user's tasks as well as her groups' (the engine resolves her groups from the identity tables
        // IdentitySync keeps): a community service offered to the community's active members is claimable here
        ensureFilter("本组待办", 0, "我可认领的任务：我所在组织的，和提供给我的",
                tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").includeAssignedTasks());
        ensureFilter("全部可见任务", 10, "我有权查看的全部任务", tasks.createTaskQuery());
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
}
