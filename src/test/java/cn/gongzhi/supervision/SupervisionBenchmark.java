package cn.gongzhi.supervision;

import cn.gongzhi.BenchmarkDatabase;
import cn.gongzhi.GongzhiApplication;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supervision latency with a large history: loads N historic petitions (spread over three years in both demo
 * communities) with their process instances and user tasks into H2 and into MariaDB, then times the street summary of the last 30 days and the street's overdue
 * list. Not a test: run it with {@code mvn -Pbenchmark verify} (docs/performance.md), which prints one line per
 * database and size: median and 95th percentile in milliseconds. {@code -Dbenchmark.databases=mariadb} runs one
 * database only, {@code -Dbenchmark.sizes=10000} one size; the data is loaded once and reused by later runs.
 */
public final class SupervisionBenchmark {

    private static final String[] CATEGORIES = {"NOISE", "PROPERTY_MANAGEMENT", "COMMUNITY_ENVIRONMENT",
            "NEIGHBOUR_DISPUTE", "WATER_SUPPLY", "STREET_LIGHTING", "ELDERLY_CARE"};
    private static final String[][] COMMUNITIES = {{"heyuan", "heyuan-g1", "zhangwei"}, {"heyuan", "heyuan-g2",
            "liuyang"}, {"liushu", "liushu-g1", "sunli"}, {"liushu", "liushu-g2", "machao"}};
    private static final int WARM_UP = 10;
    private static final int RUNS = 40;

    private SupervisionBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = java.util.Arrays.stream(System.getProperty("benchmark.sizes", "10000,1000000").split(","))
                .mapToInt(size -> Integer.parseInt(size.trim())).toArray();
        List<String> results = new ArrayList<>();
        for (String database : System.getProperty("benchmark.databases", "mariadb,h2").split(",")) {
            for (int size : sizes) {
                results.add(run(database, size));
            }
        }
        System.out.println("\n== Supervision benchmark (median / p95 in ms over " + RUNS + " requests) ==");
        results.forEach(System.out::println);
    }

    private static String run(String database, int size) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "server.port", "0", "camunda.bpm.job-execution.enabled", "false", "logging.level.root", "WARN"));
        if (database.equals("h2")) {
            properties.put("spring.datasource.url", "jdbc:h2:file:./target/benchmark/h2-" + size
                    + ";DB_CLOSE_ON_EXIT=FALSE");
        } else {
            BenchmarkDatabase.useMariaDb(properties, System.getProperty("benchmark.mysql.url",
                    "jdbc:mysql://127.0.0.1:3306/gongzhi_bench_" + size + "?createDatabaseIfNotExist=true"
                            + "&nullDatabaseMeansCurrent=true&sendFractionalSeconds=false&rewriteBatchedStatements=true"));
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongzhiApplication.class)
                .run(BenchmarkDatabase.arguments(properties))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String definitionId = context.getBean(org.camunda.bpm.engine.RepositoryService.class)
                    .createProcessDefinitionQuery().processDefinitionKey("ResidentPetitionProcess").latestVersion()
                    .singleResult().getId();
            long loaded = seed(jdbc, definitionId, size);
            project(jdbc);
            long historicTasks = count(jdbc, "ACT_HI_TASKINST");
            long openTasks = count(jdbc, "ACT_RU_TASK");
            long catchUpStart = System.nanoTime();
            int days = context.getBean(SupervisionRollup.class).catchUp();
            double catchUp = (System.nanoTime() - catchUpStart) / 1e9;
            if (database.equals("mariadb")) {
                settle(jdbc);
            }
            SupervisionService supervision = context.getBean(SupervisionService.class);
            List<String> groups = List.of("street-supervisors-qinghe");
            LocalDate to = LocalDate.now();
            LocalDate from = to.minusDays(29);
            double[] summary = time(() -> supervision.summary(groups, from, to, SupervisionUnit.STREET, "qinghe"));
            double[] overdue = time(() -> supervision.overdue(groups, SupervisionUnit.STREET, "qinghe"));
            String line = String.format("%-8s %,10d petitions, %,d historic and %,d open tasks (%,d petitions loaded"
                    + " now, roll-up of %,d community-days in %.1f s): summary %.1f / %.1f ms; overdue list %.1f / %.1f ms",
                    database, size, historicTasks, openTasks, loaded, days, catchUp, summary[0], summary[1], overdue[0],
                    overdue[1]);
            System.out.println("== " + line);
            return line;
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return rows == null ? 0 : rows;
    }

    /**
     * Measures the steady state, not the minutes after a bulk load: refreshes the optimizer's statistics and waits
     * (at most ten minutes) until InnoDB has purged the old row versions the load and the roll-up left behind.
     */
    private static void settle(JdbcTemplate jdbc) {
        jdbc.queryForList("analyze table petition, petition_daily, ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_HI_TASKINST");
        long deadline = System.currentTimeMillis() + 600_000;
        Long history;
        do {
            history = jdbc.queryForObject("select count from information_schema.innodb_metrics"
                    + " where name = 'trx_rseg_history_len'", Long.class);
            if (history != null && history > 1_000) {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } while (history != null && history > 1_000 && System.currentTimeMillis() < deadline);
    }

    private static double[] time(Runnable request) {
        for (int i = 0; i < WARM_UP; i++) {
            request.run();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            request.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        java.util.Arrays.sort(millis);
        return new double[] {millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1]};
    }

    /**
     * Loads the benchmark petitions once per database and size, each with its process instance and user tasks the way
     * the engine leaves them: closed petitions as history only (instance and three completed tasks), open ones with
     * their runtime execution, task and candidate group as well. A second run reuses them.
     */
    private static long seed(JdbcTemplate jdbc, String definitionId, int size) {
        Integer present = jdbc.queryForObject("select count(*) from petition where number like 'B-%'", Integer.class);
        if (present != null && present >= size) {
            return 0;
        }
        Random random = new Random(7);
        LocalDateTime now = LocalDateTime.now();
        Batches batches = new Batches(jdbc, definitionId);
        for (int i = present; i < size; i++) {
            String[] where = COMMUNITIES[random.nextInt(COMMUNITIES.length)];
            LocalDateTime received = now.minusMinutes(random.nextInt(3 * 365 * 24 * 60));
            boolean recent = received.isAfter(now.minusDays(10));
            boolean closed = !recent || random.nextInt(4) == 0;
            boolean contacted = closed || random.nextInt(3) > 0;
            LocalDateTime contact = received.plusMinutes(30 + random.nextInt(30 * 60));
            int satisfaction = 1 + random.nextInt(5);
            String number = "B-" + i;
            String instance = "bp-" + i;
            LocalDateTime contactDue = received.plusHours(24);
            LocalDateTime resolutionDue = received.plusDays(7);
            LocalDateTime handled = closed ? contact.plusHours(20) : null;
            LocalDateTime closedAt = closed ? contact.plusHours(30) : null;
            batches.petitions.add(new Object[] {number, CATEGORIES[random.nextInt(CATEGORIES.length)], where[0],
                    where[1], closed ? "CLOSED" : "IN_PROGRESS", ts(contactDue), ts(resolutionDue), ts(received),
                    contacted ? ts(contact) : null, ts(handled), ts(closedAt), ts(received),
                    closed ? satisfaction >= 2 : null, closed ? satisfaction : null, random.nextInt(20) == 0 ? 1 : 0,
                    where[2], instance});
            batches.instance(instance, number, received, closedAt);
            String group = "workers-" + where[0];
            // contact, then handling, then the callback; the first one not finished is the open task
            batches.task(instance, 0, "Activity_ContactPetitioner", "联系诉求人", where[2], received,
                    contacted ? contact : null, contactDue, group);
            if (contacted) {
                batches.task(instance, 1, "Activity_HandlePetition", "办理诉求", where[2], contact, handled,
                        resolutionDue, group);
            }
            if (closed) {
                batches.task(instance, 2, "Activity_CallBackPetitioner", "回访诉求人", "chenjing", handled, closedAt,
                        null, group);
            }
            if (batches.petitions.size() == 5_000) {
                batches.flush();
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("== loaded %,d of %,d petitions%n", i + 1, size);
                }
            }
        }
        batches.flush();
        return size - present;
    }

    /**
     * Supervision's rows for the loaded petitions, as its projection would hold them after their PetitionChanged events
     * (and as Flyway V14 back-filled them on a database loaded before it): marked for the roll-up's catch-up.
     */
    private static void project(JdbcTemplate jdbc) {
        int projected = jdbc.update("""
                insert into supervision_petition (petition_id, revision, number, community_code, grid_code,
                  assigned_worker, category_code, return_department, status, reopen_count, satisfaction, resolved,
                  received_at, first_contact_due, first_contacted_at, resolution_due, handled_at, closed_at,
                  rollup_pending)
                select id, revision, number, community_code, grid_code, assigned_worker, category_code, return_department,
                  status, reopen_count, satisfaction, resolved, received_at, first_contact_due, first_contacted_at,
                  resolution_due, handled_at, closed_at, true
                from petition p where number like 'B-%'
                  and not exists (select 1 from supervision_petition s where s.petition_id = p.id)""");
        if (projected > 0) {
            System.out.printf("== projected %,d petitions into supervision_petition%n", projected);
        }
    }

    private static Timestamp ts(LocalDateTime time) {
        return time == null ? null : Timestamp.valueOf(time);
    }

    /** Rows waiting to be written in batches: petitions, Camunda history and, for open work, Camunda runtime. */
    private static final class Batches {

        final JdbcTemplate jdbc;
        final String definitionId;
        final List<Object[]> petitions = new ArrayList<>();
        final List<Object[]> instances = new ArrayList<>();
        final List<Object[]> historicTasks = new ArrayList<>();
        final List<Object[]> executions = new ArrayList<>();
        final List<Object[]> tasks = new ArrayList<>();
        final List<Object[]> links = new ArrayList<>();

        Batches(JdbcTemplate jdbc, String definitionId) {
            this.jdbc = jdbc;
            this.definitionId = definitionId;
        }

        void instance(String id, String businessKey, LocalDateTime start, LocalDateTime end) {
            instances.add(new Object[] {id, id, businessKey, definitionId, ts(start), ts(end),
                    end == null ? null : java.time.Duration.between(start, end).toMillis(), id,
                    end == null ? null : "Event_PetitionClosed", end == null ? "ACTIVE" : "COMPLETED"});
            if (end == null) {
                executions.add(new Object[] {id, id, id, businessKey, definitionId});
            }
        }

        void task(String instance, int step, String key, String name, String assignee, LocalDateTime start,
                LocalDateTime end, LocalDateTime due, String group) {
            String id = "bt-" + instance.substring(3) + "-" + step;
            historicTasks.add(new Object[] {id, key, definitionId, instance, instance, instance, name, assignee,
                    ts(start), ts(end), end == null ? null : java.time.Duration.between(start, end).toMillis(),
                    end == null ? null : "completed", ts(due), end == null ? "Created" : "Completed"});
            if (end == null) {
                tasks.add(new Object[] {id, instance, instance, definitionId, name, key, assignee, ts(start),
                        ts(start), ts(due)});
                links.add(new Object[] {"bl-" + instance.substring(3) + "-" + step, group, id});
                executions.set(executions.size() - 1, withActivity(executions.get(executions.size() - 1), key));
            }
        }

        private static Object[] withActivity(Object[] execution, String activity) {
            Object[] copy = java.util.Arrays.copyOf(execution, 6);
            copy[5] = activity;
            return copy;
        }

        void flush() {
            write("""
                    insert into petition (number, category_code, community_code, grid_code, location, description,
                      channel, status, first_contact_due, resolution_due, first_receiving_unit, received_at,
                      first_contacted_at, handled_at, closed_at, updated_at, resolved, satisfaction, reopen_count,
                      escalation_count, assigned_worker, process_instance_id)
                    values (?, ?, ?, ?, '基准测试', '基准测试', 'HOTLINE', ?, ?, ?, 'benchmark', ?, ?, ?, ?, ?, ?, ?, ?, 0,
                      ?, ?)""", petitions);
            write("""
                    insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,
                      START_TIME_, END_TIME_, DURATION_, ROOT_PROC_INST_ID_, START_ACT_ID_, END_ACT_ID_, STATE_)
                    values (?, ?, ?, 'ResidentPetitionProcess', ?, ?, ?, ?, ?, 'StartEvent_PetitionReceived', ?, ?)""",
                    instances);
            write("""
                    insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,
                      PROC_INST_ID_, EXECUTION_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_,
                      PRIORITY_, DUE_DATE_, TASK_STATE_)
                    values (?, ?, 'ResidentPetitionProcess', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 50, ?, ?)""", historicTasks);
            write("""
                    insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_,
                      PROC_DEF_ID_, ACT_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_,
                      CACHED_ENT_STATE_, SEQUENCE_COUNTER_, PROC_DEF_KEY_)
                    values (?, 1, ?, ?, ?, ?, ?, 1, 0, 1, 0, 1, 0, 1, 'ResidentPetitionProcess')""", executions);
            write("""
                    insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_,
                      ASSIGNEE_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_)
                    values (?, 1, ?, ?, ?, ?, ?, ?, 50, ?, ?, ?, 1, 'Created')""", tasks);
            write("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) values (?, 1, ?, 'candidate', ?)",
                    links);
        }

        private void write(String sql, List<Object[]> rows) {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows);
                rows.clear();
            }
        }
    }
}
