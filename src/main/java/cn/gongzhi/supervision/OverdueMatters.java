package cn.gongzhi.supervision;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.supervision.SupervisionScope.Selection;
import cn.gongzhi.supervision.SupervisionService.GroupLoad;
import cn.gongzhi.supervision.SupervisionService.Overdue;
import cn.gongzhi.supervision.SupervisionService.OverdueItem;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Long because the counter and the list are one definition and stay in one class, with the engine look-ups the list
 * needs, so that the two cannot drift apart.
 * <p>
 * 当前超期, one definition (docs/supervision.md): the unit's open petitions past their first-contact or resolution due
 * time (from {@code supervision_petition}), and the open user tasks of the other processes past their due date whose
 * candidate groups belong to the street or community (through Camunda's {@link TaskService}); a petition's own tasks
 * are not counted again. The count and the list read the same conditions, so the counter always equals the list's rows
 * (up to the list's limit).
 */
@Component
class OverdueMatters {

    private static final String OVERDUE_PETITIONS = " and status in (:open) and ((first_contacted_at is null"
            + " and first_contact_due < :now) or (handled_at is null and resolution_due < :now))";
    /** The petition process: its tasks are counted as their petitions. */
    static final String PETITION_PROCESS = "ResidentPetitionProcess";

    private final NamedParameterJdbcTemplate jdbc;
    private final PetitionFigures figures;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final RegistryService registry;
    private final PetitionService petitions;
    private final SupervisionProperties properties;
    private final Clock clock;

    OverdueMatters(NamedParameterJdbcTemplate jdbc, PetitionFigures figures, TaskService taskService,
            RuntimeService runtimeService, RepositoryService repositoryService, IdentityService identityService,
            RegistryService registry, PetitionService petitions, SupervisionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.registry = registry;
        this.petitions = petitions;
        this.properties = properties;
        this.clock = clock;
    }

    /** How many matters are overdue now in the unit: the dashboard's 当前超期. */
    int count(Selection selection, LocalDateTime now) {
        return count(selection, now, otherTasks(taskGroups(selection).keySet(), now));
    }

    private int count(Selection selection, LocalDateTime now, TaskQuery otherTasks) {
        int overduePetitions = 0;
        if (!selection.communities().isEmpty()) {
            Number count = jdbc.queryForObject("select count(*) from supervision_petition where "
                    + PetitionFigures.where(selection) + OVERDUE_PETITIONS, params(selection, now), Number.class);
            overduePetitions = count == null ? 0 : count.intValue();
        }
        return overduePetitions + (otherTasks == null ? 0 : (int) otherTasks.count());
    }

    /** What is overdue now in the unit, longest overdue first: the matters {@link #count} counts. */
    Overdue list(Selection selection, LocalDateTime now) {
        int limit = properties.overdueListLimit();
        record Row(String number, String category, String community, String worker, LocalDateTime due,
                boolean contactLate) {}
        List<Row> rows = selection.communities().isEmpty() ? List.of() : jdbc.query(
                "select number, category_code, community_code, assigned_worker, first_contact_due,"
                        + " first_contacted_at, resolution_due from supervision_petition where "
                        + PetitionFigures.where(selection) + OVERDUE_PETITIONS + " order by case when"
                        + " first_contacted_at is null and first_contact_due < :now then first_contact_due"
                        + " else resolution_due end limit " + limit, params(selection, now),
                (row, i) -> {
                    boolean contactLate = row.getObject("first_contacted_at") == null
                            && row.getObject("first_contact_due") != null
                            && row.getObject("first_contact_due", LocalDateTime.class).isBefore(now);
                    return new Row(row.getString("number"), row.getString("category_code"),
                            row.getString("community_code"), row.getString("assigned_worker"),
                            row.getObject(contactLate ? "first_contact_due" : "resolution_due", LocalDateTime.class),
                            contactLate);
                });
        Map<String, String> taskOf = openTaskOf(rows.stream().map(Row::number).filter(Objects::nonNull).toList());

        Map<String, String> groupCommunity = taskGroups(selection);
        TaskQuery query = otherTasks(groupCommunity.keySet(), now);
        List<Task> tasks = query == null ? List.of() : query.orderByDueDate().asc().listPage(0, limit);
        Map<String, String> taskCommunity = communities(tasks, groupCommunity, now);
        Map<String, String> businessKeys = businessKeys(tasks.stream().map(Task::getProcessInstanceId));
        Map<String, String> processNames = new HashMap<>();

        Set<String> logins = new HashSet<>();
        rows.forEach(r -> logins.add(r.worker()));
        tasks.forEach(t -> logins.add(t.getAssignee()));
        logins.remove(null);
        Map<String, String> people = names(logins);
        Map<String, String> communities = new HashMap<>();
        // the selection's communities by name (cached), not the district's
        selection.communities().forEach(code -> registry.community(code)
                .ifPresent(c -> communities.put(c.code(), c.name())));
        Map<String, String> categories = new HashMap<>();
        petitions.categories().forEach(c -> categories.put(c.code(), c.name()));
        String petitionProcess = processName(PETITION_PROCESS);

        List<OverdueItem> items = new ArrayList<>();
        for (Row r : rows) {
            String task = taskOf.get(r.number());
            long minutes = ChronoUnit.MINUTES.between(r.due(), now);
            items.add(new OverdueItem("PETITION", r.number(), categories.getOrDefault(r.category(), r.category()),
                    petitionProcess, r.community(), communities.getOrDefault(r.community(), r.community()),
                    person(people, r.worker()), r.contactLate() ? "首次联系" : "办结", r.due(), minutes,
                    overdueFor(minutes), task, task == null ? null : tasklist(task)));
        }
        for (Task t : tasks) {
            LocalDateTime due = LocalDateTime.ofInstant(t.getDueDate().toInstant(), clock.getZone());
            long minutes = ChronoUnit.MINUTES.between(due, now);
            String community = taskCommunity.get(t.getId());
            String process = t.getProcessDefinitionId() == null ? null : processNames.computeIfAbsent(
                    t.getProcessDefinitionId(), id -> repositoryService.getProcessDefinition(id).getName());
            items.add(new OverdueItem("TASK", businessKeys.get(t.getProcessInstanceId()), t.getName(),
                    process == null ? "（无流程）" : process, community,
                    community == null ? null : communities.getOrDefault(community, community),
                    person(people, t.getAssignee()), "任务到期", due, minutes, overdueFor(minutes), t.getId(),
                    tasklist(t.getId())));
        }
        items.sort(Comparator.comparing(OverdueItem::due));
        int total = count(selection, now, query);
        return new Overdue(selection.unit(), selection.unitId(), selection.unitName(), now, total,
                List.copyOf(items.subList(0, Math.min(limit, items.size()))),
                groupLoads(new ArrayList<>(groupCommunity.keySet()), date(now)));
    }

    /** "超期 2 天 3 小时", "超期 5 小时 12 分钟", "超期 8 分钟". */
    static String overdueFor(long minutes) {
        long days = minutes / 1440;
        long hours = minutes % 1440 / 60;
        long rest = minutes % 60;
        if (days > 0) {
            return "超期 " + days + " 天" + (hours > 0 ? " " + hours + " 小时" : "");
        }
        if (hours > 0) {
            return "超期 " + hours + " 小时" + (rest > 0 ? " " + rest + " 分钟" : "");
        }
        return rest > 0 ? "超期 " + rest + " 分钟" : "超期不足 1 分钟";
    }

    private MapSqlParameterSource params(Selection selection, LocalDateTime now) {
        return figures.params(selection, now.toLocalDate(), now.toLocalDate(), now);
    }

    /**
     * The open user tasks of the processes other than the petition's, past their due date, with a candidate group
     * among {@code groups} (assigned or not); null when there is nothing to ask for.
     */
    private TaskQuery otherTasks(Set<String> groups, LocalDateTime now) {
        String[] others = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).filter(key -> !key.equals(PETITION_PROCESS)).distinct()
                .toArray(String[]::new);
        if (groups.isEmpty() || others.length == 0) {
            return null;
        }
        return taskService.createTaskQuery().taskCandidateGroupIn(new ArrayList<>(groups)).includeAssignedTasks()
                .dueBefore(date(now)).processDefinitionKeyIn(others);
    }

    /** Each listed task's community: the first of the unit's communities one of whose groups is a candidate. */
    private Map<String, String> communities(List<Task> tasks, Map<String, String> groupCommunity, LocalDateTime now) {
        Map<String, String> taskCommunity = new HashMap<>();
        if (tasks.isEmpty()) {
            return taskCommunity;
        }
        Map<String, List<String>> groupsOf = new LinkedHashMap<>();
        groupCommunity.forEach((group, community) -> {
            if (community != null) {
                groupsOf.computeIfAbsent(community, c -> new ArrayList<>()).add(group);
            }
        });
        String[] ids = tasks.stream().map(Task::getId).toArray(String[]::new);
        groupsOf.forEach((community, groups) -> taskService.createTaskQuery().taskIdIn(ids)
                .taskCandidateGroupIn(groups).includeAssignedTasks().list()
                .forEach(t -> taskCommunity.putIfAbsent(t.getId(), community)));
        return taskCommunity;
    }

    /** Each petition's open task, oldest first, in one query for the whole list (not one per petition). */
    private Map<String, String> openTaskOf(List<String> numbers) {
        Map<String, String> taskOf = new HashMap<>();
        if (numbers.isEmpty()) {
            return taskOf;
        }
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKeyIn(numbers.toArray(String[]::new))
                .orderByTaskCreateTime().asc().list();
        Map<String, String> numberOf = businessKeys(tasks.stream().map(Task::getProcessInstanceId));
        tasks.forEach(t -> {
            String number = numberOf.get(t.getProcessInstanceId());
            if (number != null) {
                taskOf.putIfAbsent(number, t.getId());
            }
        });
        return taskOf;
    }

    /** The business keys of process instances, by instance id. */
    private Map<String, String> businessKeys(java.util.stream.Stream<String> instances) {
        Set<String> ids = new HashSet<>();
        instances.filter(Objects::nonNull).forEach(ids::add);
        Map<String, String> keys = new HashMap<>();
        if (!ids.isEmpty()) {
            runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()
                    .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
        }
        return keys;
    }

    /**
     * The candidate groups whose tasks count for the unit, each with its community (null for the street's own):
     * for a street or a community only; a grid, worker, category or department is measured by its petitions.
     */
    private Map<String, String> taskGroups(Selection selection) {
        Map<String, String> groups = new LinkedHashMap<>();
        if (selection.unit() != SupervisionUnit.STREET && selection.unit() != SupervisionUnit.COMMUNITY) {
            return groups;
        }
        for (String community : selection.communities()) {
            for (String group : List.of(GroupIds.workers(community), GroupIds.gridWorkers(community),
                    GroupIds.communitySupervisors(community), GroupIds.partyBranch(community),
                    GroupIds.committee(community), GroupIds.supervisionCommittee(community))) {
                groups.put(group, community);
            }
        }
        if (selection.unit() == SupervisionUnit.STREET) {
            groups.put(GroupIds.streetParty(selection.unitId()), null);
        }
        return groups;
    }

    /** Open and overdue user tasks per candidate group (assigned or not); only groups with open tasks are listed. */
    private List<GroupLoad> groupLoads(List<String> groups, Date now) {
        List<GroupLoad> loads = new ArrayList<>();
        for (String group : groups) {
            long open = taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count();
            if (open > 0) {
                loads.add(new GroupLoad(group, open, taskService.createTaskQuery().taskCandidateGroup(group)
                        .includeAssignedTasks().dueBefore(now).count()));
            }
        }
        return loads;
    }

    /** The people's names by login (Camunda's first and last name), for the assignee column. */
    private Map<String, String> names(Set<String> logins) {
        Map<String, String> names = new HashMap<>();
        if (!logins.isEmpty()) {
            identityService.createUserQuery().userIdIn(logins.toArray(String[]::new)).list().forEach(u -> names.put(
                    u.getId(), ((u.getFirstName() == null ? "" : u.getFirstName())
                            + (u.getLastName() == null ? "" : u.getLastName())).trim()));
        }
        return names;
    }

    private static String person(Map<String, String> names, String login) {
        if (login == null) {
            return "未认领";
        }
        String name = names.get(login);
        return name == null || name.isBlank() ? login : name;
    }

    /** The name of the latest version of a process (居民诉求办理…), as in Tasklist. */
    private String processName(String key) {
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        return latest == null || latest.getName() == null ? key : latest.getName();
    }

    private Date date(LocalDateTime time) {
        return Date.from(time.atZone(clock.getZone()).toInstant());
    }

    private static String tasklist(String taskId) {
        return "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
