package cn.gongzhi.scale;

import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionSubmission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The scale fixture's template: petitions run through the real process, the way staff run them (intake through
 * {@link PetitionService}, then each task queried and completed as its user with Camunda's authorization checks on),
 * in the demo street's four grids. The closed set goes through contact, handling and callback by another worker; the
 * open set stops at each stage: two awaiting contact in 和园第一网格 (张伟's), one awaiting handling, one awaiting the
 * callback. Everything the engine and the product write for them is then copied by {@link ScaleReplicator}.
 */
final class ScaleTemplate {

    /** Grid, its worker, a second worker of the same community for the callback, and the categories it receives. */
    private record Grid(String community, String grid, String worker, String caller, String... categories) {}

    private static final List<Grid> GRIDS = List.of(
            new Grid("heyuan", "heyuan-g1", "zhangwei", "liuyang", "PROPERTY_MANAGEMENT", "NEIGHBOUR_DISPUTE",
                    "COMMUNITY_ENVIRONMENT"),
            new Grid("heyuan", "heyuan-g2", "liuyang", "zhangwei", "COMMUNITY_ENVIRONMENT", "PROPERTY_MANAGEMENT",
                    "NEIGHBOUR_DISPUTE"),
            new Grid("liushu", "liushu-g1", "sunli", "machao", "NEIGHBOUR_DISPUTE", "VILLAGE_ROADS"),
            new Grid("liushu", "liushu-g2", "machao", "sunli", "VILLAGE_ROADS", "NEIGHBOUR_DISPUTE"));

    private final ProcessEngine engine;
    private final PetitionService petitions;
    private final Map<String, List<String>> groups = new HashMap<>();

    ScaleTemplate(ConfigurableApplicationContext context) {
        this.engine = context.getBean(ProcessEngine.class);
        this.petitions = context.getBean(PetitionService.class);
    }

    /** {@code count} petitions through contact, handling and callback; returns their numbers. */
    List<String> closed(int count) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Grid grid = GRIDS.get(i % GRIDS.size());
            String number = submit(grid, i);
            String instance = instance(number);
            work(instance, grid.worker(), Map.of("contactNote", "已电话联系，约定上门查看"));
            work(instance, grid.worker(), Map.of("handlingOutcome", "RESOLVED", "measures", "已协调物业处理完毕"));
            work(instance, grid.caller(), Map.of("resolved", true, "satisfaction", 3 + i % 3, "callbackComment",
                    "居民表示满意"));
            numbers.add(number);
        }
        return numbers;
    }

    /**
     * Four open petitions: two awaiting contact in 和园第一网格, one awaiting handling in 和园第二网格, one awaiting the
     * callback in 柳树村东片网格.
     */
    List<String> open() {
        List<String> numbers = new ArrayList<>();
        numbers.add(submit(GRIDS.get(0), 0));
        numbers.add(submit(GRIDS.get(0), 1));
        String handling = submit(GRIDS.get(1), 2);
        work(instance(handling), GRIDS.get(1).worker(), Map.of("contactNote", "已电话联系"));
        numbers.add(handling);
        String callback = submit(GRIDS.get(2), 3);
        work(instance(callback), GRIDS.get(2).worker(), Map.of("contactNote", "已电话联系"));
        work(instance(callback), GRIDS.get(2).worker(), Map.of("handlingOutcome", "RESOLVED", "measures", "已修复"));
        numbers.add(callback);
        return numbers;
    }

    private String submit(Grid grid, int i) {
        String category = grid.categories()[i % grid.categories().length];
        return petitions.submit(new PetitionSubmission(category, grid.community(), grid.grid(), (3 + i % 9) + "号楼",
                null, null, "楼道照明损坏，夜间出行不便，请尽快处理", "居民" + (i % 50), "1380013" + String.format("%04d", i),
                null, i % 2 == 0 ? PetitionChannel.HOTLINE : PetitionChannel.WEB, "qinghe"), null).number();
    }

    private String instance(String number) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getId();
    }

    /** The open task of the instance, completed as {@code user} with her groups (claimed first when unassigned). */
    private void work(String instance, String user, Map<String, Object> variables) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, groups.computeIfAbsent(user, u -> identity.createGroupQuery().groupMember(u)
                .list().stream().map(Group::getId).toList()));
        try {
            TaskService tasks = engine.getTaskService();
            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            if (task == null) {
                throw new IllegalStateException("no open task for " + user + " in " + instance);
            }
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user);
            }
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }
}
