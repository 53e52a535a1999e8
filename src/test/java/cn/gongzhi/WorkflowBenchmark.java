package cn.gongzhi;

import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionSubmission;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Throughput, latency and cost of the workflows against a bare baseline measured in the same run on the same database
 * (issue 8; docs/performance.md, "Workflow throughput against a bare baseline"). Not a test: run it with
 * {@code mvn -Pbenchmark verify -Dbenchmark.main=cn.gongzhi.WorkflowBenchmark} ({@code -Dbenchmark.databases=h2,mariadb},
 * {@code -Dbenchmark.seconds=15}, {@code -Dbenchmark.threads=1,2,4,8}, {@code -Dbenchmark.history-level=audit}).
 *
 * <p>Workloads, each driven through the same Java API as staff do through REST (task query, then complete, as the
 * task's user with Camunda's authorization checks on):
 * <ul>
 *   <li><b>baseline</b>: start → three user tasks → end, no delegates, no DMN (the petition happy path has three wait
 *   states: contact, handling, callback);</li>
 *   <li><b>petition</b>: intake through {@link PetitionService} (dispatch DMN, access-list check, assignment), contact,
 *   handling, callback by another worker, close;</li>
 *   <li><b>deliberation</b>: a village matter from its start form to the result disclosure ("four deliberations, two
 *   disclosures": three meetings with their quorum DMN, two objection windows, the implementation report), six wait
 *   states, compared with the baseline per wait state;</li>
 *   <li><b>intake-http</b>: {@code POST /api/petitions} alone, over HTTP with Basic authentication.</li>
 * </ul>
 * SQL statements, round trips and commits are counted exactly with datasource-proxy around the application's
 * DataSource; rows written to Camunda's history tables are counted from the tables.
 */
public final class WorkflowBenchmark {

    private static final String[] HISTORY_TABLES = {"ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG",
            "ACT_HI_INCIDENT", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_HI_COMMENT"};
    private static final String[] WORKERS = {"zhangwei", "liuyang", "chenjing"};
    /** 柳树村's Party secretary and committee director, who works the village matters. */
    private static final String SECRETARY = "liming";

    /** Counted by datasource-proxy for every statement and connection call of the application. */
    static final AtomicLong STATEMENTS = new AtomicLong();
    static final AtomicLong EXECUTIONS = new AtomicLong();
    static final AtomicLong COMMITS = new AtomicLong();
    static final AtomicLong AUTOCOMMIT_SWITCHES = new AtomicLong();
    /** While the exact counts are taken: statements by kind (verb and table), to see where a workload's cost goes. */
    static volatile Map<String, AtomicLong> byKind;

    private WorkflowBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("benchmark.seconds", 15);
        int[] threads = Arrays.stream(System.getProperty("benchmark.threads", "1,2,4,8").split(","))
                .mapToInt(t -> Integer.parseInt(t.trim())).toArray();
        List<String> report = new ArrayList<>();
        for (String database : System.getProperty("benchmark.databases", "h2,mariadb").split(",")) {
            report.addAll(run(database.trim(), seconds, threads));
        }
        System.out.println("\n== Workflow benchmark ==");
        report.forEach(line -> System.out.println("== " + line));
    }

    private static List<String> run(String database, int seconds, int[] threadCounts) throws Exception {
        Map<String, Object> properties = new HashMap<>(Map.of("server.port", "0",
                "camunda.bpm.job-execution.enabled", "false", "logging.level.root", "WARN"));
        if (database.equals("h2")) {
            org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/benchmark/workflow"));
            properties.put("spring.datasource.url", "jdbc:h2:file:./target/benchmark/workflow/h2;DB_CLOSE_ON_EXIT=FALSE");
        } else {
            String url = System.getProperty("benchmark.mysql.url", "jdbc:mysql://127.0.0.1:3306/gongzhi_bench_workflow"
                    + "?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true&sendFractionalSeconds=false"
                    + System.getProperty("benchmark.mysql.options", ""));
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/",
                    BenchmarkDatabase.user(), BenchmarkDatabase.password()); Statement s = c.createStatement()) {
                s.execute("drop database if exists gongzhi_bench_workflow");
                s.execute("create database gongzhi_bench_workflow character set utf8mb4 collate utf8mb4_bin");
            }
            BenchmarkDatabase.useMariaDb(properties, url);
        }
        properties.put("spring.datasource.hikari.maximum-pool-size", "16");
        // -Dbenchmark.history-level=audit|activity|none: the cost of Camunda's history (a fresh database each run)
        String historyLevel = System.getProperty("benchmark.history-level");
        if (historyLevel != null && !historyLevel.isBlank()) {
            properties.put("camunda.bpm.history-level", historyLevel.trim());
        }
        List<String> lines = new ArrayList<>();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongzhiApplication.class,
                CountingDataSource.class).run(BenchmarkDatabase.arguments(properties))) {
            Driver driver = new Driver(context);
            driver.deployBaseline();
            double[] commitRate = {commitRate(context.getBean(DataSource.class), 1, 5),
                    commitRate(context.getBean(DataSource.class), 4, 5)};
            lines.add(String.format(Locale.ROOT, "%s commit rate (one-row insert per commit): %,.0f/s at 1 thread,"
                    + " %,.0f/s at 4 threads", database, commitRate[0], commitRate[1]));
            Map<Workload, Cost> costs = new java.util.EnumMap<>(Workload.class);
            Map<Workload, double[]> rates = new java.util.EnumMap<>(Workload.class);
            for (Workload workload : Workload.values()) {
                Cost cost = cost(context, driver, workload);
                costs.put(workload, cost);
                rates.put(workload, new double[threadCounts.length]);
                lines.add(String.format(Locale.ROOT, "%s %-11s per instance: %.1f statements, %.1f executions"
                        + " (round trips %.1f with commits and autocommit switches), %.1f commits, %.1f history rows",
                        database, workload.label, cost.statements, cost.executions, cost.executions + cost.commits
                                + cost.autocommit, cost.commits, cost.historyRows));
                for (int t = 0; t < threadCounts.length; t++) {
                    int threads = threadCounts[t];
                    Throughput result = throughput(driver, workload, threads, seconds);
                    rates.get(workload)[t] = result.perSecond;
                    double bound = commitRate[threads == 1 ? 0 : 1] / Math.max(1, cost.commits);
                    lines.add(String.format(Locale.ROOT, "%s %-11s %d thread(s): %.1f instances/s (%.1f %% of the"
                            + " commit-rate bound %.0f/s); %s", database, workload.label, threads, result.perSecond,
                            100 * result.perSecond / bound, bound, result.latencies()));
                }
            }
            lines.addAll(againstBaseline(database, threadCounts, costs, rates));
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            lines.add(String.format(Locale.ROOT, "%s heap after the run: %.0f MB used of %.0f MB", database,
                    (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, runtime.totalMemory() / 1048576.0));
        }
        lines.forEach(line -> System.out.println("== " + line));
        return lines;
    }

    /** Per wait state, each workflow against the baseline: statements, and wait states completed per second. */
    private static List<String> againstBaseline(String database, int[] threadCounts, Map<Workload, Cost> costs,
            Map<Workload, double[]> rates) {
        List<String> lines = new ArrayList<>();
        Workload base = Workload.BASELINE;
        double baseStatements = costs.get(base).statements / base.waitStates;
        for (Workload workload : List.of(Workload.PETITION, Workload.DELIBERATION)) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %-11s against the baseline, per wait"
                    + " state: statements %.1f vs %.1f (%.2fx); wait states/s", database, workload.label,
                    costs.get(workload).statements / workload.waitStates, baseStatements,
                    costs.get(workload).statements / workload.waitStates / baseStatements));
            for (int t = 0; t < threadCounts.length; t++) {
                double ratio = rates.get(workload)[t] * workload.waitStates / (rates.get(base)[t] * base.waitStates);
                line.append(String.format(Locale.ROOT, " %d thread(s) %.2fx", threadCounts[t], ratio));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    enum Workload {
        BASELINE("baseline", 3), PETITION("petition", 3), DELIBERATION("deliberation", 6),
        INTAKE_HTTP("intake-http", 0);

        final String label;
        /** Wait states per instance (user tasks and timers): costs and rates are compared per wait state. */
        final int waitStates;

        Workload(String label, int waitStates) {
            this.label = label;
            this.waitStates = waitStates;
        }
    }

    record Cost(double statements, double executions, double commits, double autocommit, double historyRows) {}

    /** Exact counts: one thread, 30 instances, after 10 unmeasured ones. */
    private static Cost cost(ConfigurableApplicationContext context, Driver driver, Workload workload)
            throws Exception {
        Latencies ignored = new Latencies();
        for (int i = 0; i < 10; i++) {
            driver.instance(workload, ignored);
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long history = historyRows(jdbc);
        long statements = STATEMENTS.get();
        long executions = EXECUTIONS.get();
        long commits = COMMITS.get();
        long autocommit = AUTOCOMMIT_SWITCHES.get();
        int n = 30;
        byKind = new ConcurrentHashMap<>();
        for (int i = 0; i < n; i++) {
            driver.instance(workload, ignored);
        }
        Map<String, AtomicLong> kinds = byKind;
        byKind = null;
        StringBuilder top = new StringBuilder();
        // -Dbenchmark.kinds=80 prints more of them
        kinds.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
                .limit(Integer.getInteger("benchmark.kinds", 25))
                .forEach(e -> top.append(String.format(Locale.ROOT, "%n==     %5.1f  %s", e.getValue().get() / 30.0,
                        e.getKey())));
        System.out.println("== " + workload.label + " statements per instance by kind:" + top);
        double historyRows = (historyRows(jdbc) - history) / (double) n;
        return new Cost((STATEMENTS.get() - statements) / (double) n, (EXECUTIONS.get() - executions) / (double) n,
                (COMMITS.get() - commits) / (double) n, (AUTOCOMMIT_SWITCHES.get() - autocommit) / (double) n,
                historyRows);
    }

    private static long historyRows(JdbcTemplate jdbc) {
        long rows = 0;
        for (String table : HISTORY_TABLES) {
            Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
            rows += count == null ? 0 : count;
        }
        return rows;
    }

    record Throughput(double perSecond, Latencies latencies) {}

    private static Throughput throughput(Driver driver, Workload workload, int threads, int seconds)
            throws InterruptedException {
        // warm-up at the same concurrency, then measure
        runFor(driver, workload, threads, 3, new Latencies());
        Latencies latencies = new Latencies();
        long done = runFor(driver, workload, threads, seconds, latencies);
        return new Throughput(done / (double) seconds, latencies);
    }

    private static long runFor(Driver driver, Workload workload, int threads, int seconds, Latencies latencies)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong completed = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(threads);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    while (running.get()) {
                        driver.instance(workload, latencies);
                        completed.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    finished.countDown();
                }
            });
            thread.start();
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        finished.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(workload.label + " failed at " + threads + " threads", failures.get(0));
        }
        return completed.get();
    }

    /** Milliseconds per API call, by call. */
    static final class Latencies {

        private final Map<String, List<Double>> calls = new ConcurrentHashMap<>();

        <T> T time(String call, java.util.concurrent.Callable<T> action) throws Exception {
            long start = System.nanoTime();
            T result = action.call();
            calls.computeIfAbsent(call, c -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - start) / 1e6);
            return result;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            calls.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                double[] ms;
                synchronized (entry.getValue()) {
                    ms = entry.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
                }
                text.append(String.format(Locale.ROOT, "%s %.1f/%.1f/%.1f ms ", entry.getKey(), rank(ms, 50),
                        rank(ms, 95), rank(ms, 99)));
            });
            return "median/p95/p99: " + text.toString().trim();
        }

        private static double rank(double[] sorted, int percent) {
            return sorted.length == 0 ? 0 : sorted[Math.max(0, (percent * sorted.length + 99) / 100 - 1)];
        }
    }

    /** Runs one instance of a workload the way its users do. */
    static final class Driver {

        private final ProcessEngine engine;
        private final PetitionService petitions;
        private final Map<String, List<String>> groups = new HashMap<>();
        private final HttpClient http = HttpClient.newHttpClient();
        private final String intakeUrl;
        private final String villageDeliberation;
        private final String authorization = "Basic " + Base64.getEncoder()
                .encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));

        Driver(ConfigurableApplicationContext context) {
            this.engine = context.getBean(ProcessEngine.class);
            this.petitions = context.getBean(PetitionService.class);
            this.intakeUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort()
                    + "/api/petitions";
            IdentityService identity = engine.getIdentityService();
            for (String user : Stream.concat(Arrays.stream(WORKERS), Stream.of(SECRETARY)).toList()) {
                groups.put(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                        .toList());
            }
            villageDeliberation = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("VillageDeliberationProcess").latestVersion().singleResult().getId();
        }

        void deployBaseline() {
            BpmnModelInstance model = Bpmn.createExecutableProcess("BenchmarkBaseline").camundaHistoryTimeToLive(180)
                    .startEvent("StartEvent_Started")
                    .userTask("Activity_First").camundaCandidateGroups("workers-heyuan").camundaAssignee("zhangwei")
                    .userTask("Activity_Second").camundaCandidateGroups("workers-heyuan").camundaAssignee("zhangwei")
                    .userTask("Activity_Third").camundaCandidateGroups("supervisors-heyuan,workers-heyuan")
                    .endEvent("EndEvent_Finished").done();
            engine.getRepositoryService().createDeployment().name("benchmark-baseline")
                    .addModelInstance("BenchmarkBaseline.bpmn", model).deploy();
        }

        void instance(Workload workload, Latencies latencies) throws Exception {
            switch (workload) {
                case BASELINE -> baseline(latencies);
                case PETITION -> petition(latencies);
                case DELIBERATION -> deliberation(latencies);
                case INTAKE_HTTP -> intake(latencies);
            }
        }

        private void baseline(Latencies latencies) throws Exception {
            String instance = latencies.time("start", () -> engine.getRuntimeService()
                    .startProcessInstanceByKey("BenchmarkBaseline").getId());
            work(latencies, instance, "zhangwei", Map.of("note", "一"));
            work(latencies, instance, "zhangwei", Map.of("note", "二"));
            work(latencies, instance, "chenjing", Map.of("note", "三"));
        }

        private void petition(Latencies latencies) throws Exception {
            String number = latencies.time("submit", () -> petitions.submit(new PetitionSubmission(
                    "PROPERTY_MANAGEMENT", "heyuan", "heyuan-g1", "5号楼", null, null, "电梯停运，请尽快维修", null, null,
                    null, PetitionChannel.HOTLINE, "benchmark"), null).number());
            String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                    .singleResult().getId();
            String handler = work(latencies, instance, null, Map.of("contactNote", "已电话联系"));
            work(latencies, instance, handler, Map.of("handlingOutcome", "RESOLVED", "measures", "已修复"));
            String caller = Arrays.stream(WORKERS).filter(w -> !w.equals(handler)).findFirst().orElseThrow();
            work(latencies, instance, caller, Map.of("resolved", true, "satisfaction", 5, "callbackComment", "满意"));
        }

        /**
         * A village matter in 柳树村 (the secretary holds both chairs) as its secretary works it: the start form, the
         * joint meeting, the Party members' assembly, the representatives' assembly (each with its quorum DMN), the
         * resolution's objection window elapsing (its timer run as the job executor would), the implementation
         * report, and the result's window: six wait states, and the two save points before the disclosures.
         */
        private void deliberation(Latencies latencies) throws Exception {
            String secretary = SECRETARY;
            IdentityService identity = engine.getIdentityService();
            identity.setAuthentication(secretary, groups.get(secretary));
            String instance;
            try {
                instance = latencies.time("start form", () -> engine.getFormService().submitStartForm(
                        villageDeliberation, Map.of("title", "村东道路硬化",
                                "plan", "硬化 1.2 公里，村集体出资 30%，其余申请专项资金", "origin", "PARTY_BRANCH",
                                "resolutionBody", "VILLAGER_REPRESENTATIVE_ASSEMBLY")).getId());
            } finally {
                identity.clearAuthentication();
            }
            work(latencies, instance, secretary, meeting(instance, 4, 4));
            work(latencies, instance, secretary, meeting(instance, 4, 4));
            work(latencies, instance, secretary, meeting(instance, 12, 10));
            passSavePoint(latencies, instance);
            elapseWindow(latencies, instance);
            work(latencies, instance, secretary, Map.of("implementationReport", "道路硬化 1.2 公里完工，验收合格"));
            passSavePoint(latencies, instance);
            elapseWindow(latencies, instance);
        }

        /** The meeting form: the first {@code present} on the roll the open meeting task offers ticked. */
        private Map<String, Object> meeting(String instance, int present, int votesFor) throws Exception {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
            Object roll = engine.getTaskService().getVariableLocal(task.getId(), "attendanceOptions");
            List<String> ticked = new ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(roll.toString())
                    .forEach(o -> ticked.add(o.get("value").asText()));
            return Map.of("heldOn", java.time.LocalDate.now().minusDays(1).toString(), "attendance",
                    org.camunda.spin.plugin.variable.SpinValues.jsonValue(new com.fasterxml.jackson.databind
                            .ObjectMapper().writeValueAsString(ticked.subList(0, present))).create(),
                    "votesFor", votesFor, "votesAgainst", 0, "votesAbstain", 0, "minutes", "会议记录：讨论方案并表决");
        }

        /**
         * The disclosure's call activity is a save point (docs/architecture.md): its job, executed as the job executor
         * would, starts the notice.
         */
        private void passSavePoint(Latencies latencies, String instance) throws Exception {
            String job = engine.getManagementService().createJobQuery().processInstanceId(instance).messages()
                    .singleResult().getId();
            latencies.time("save point", () -> {
                engine.getManagementService().executeJob(job);
                return null;
            });
        }

        /** The open disclosure's objection window ends: its timer job, executed as the job executor would. */
        private void elapseWindow(Latencies latencies, String instance) throws Exception {
            String disclosure = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance)
                    .singleResult().getId();
            String job = engine.getManagementService().createJobQuery().processInstanceId(disclosure).timers()
                    .singleResult().getId();
            latencies.time("timer", () -> {
                engine.getManagementService().executeJob(job);
                return null;
            });
        }

        /** As the user (the task's assignee when none is given): task query, then complete. Returns the user. */
        private String work(Latencies latencies, String instance, String user, Map<String, Object> variables)
                throws Exception {
            String who = user;
            if (who == null) {
                who = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult()
                        .getAssignee();
            }
            IdentityService identity = engine.getIdentityService();
            identity.setAuthentication(who, groups.get(who));
            try {
                TaskService tasks = engine.getTaskService();
                Task task = latencies.time("query", () -> tasks.createTaskQuery().processInstanceId(instance)
                        .singleResult());
                latencies.time("complete", () -> {
                    tasks.complete(task.getId(), variables);
                    return null;
                });
            } finally {
                identity.clearAuthentication();
            }
            return who;
        }

        private void intake(Latencies latencies) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(intakeUrl)).header("Authorization", authorization)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                            {"category":"PROPERTY_MANAGEMENT","communityCode":"heyuan","gridCode":"heyuan-g1",
                             "location":"5号楼","description":"电梯停运，请尽快维修"}""", StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = latencies.time("POST /api/petitions", () -> http.send(request,
                    HttpResponse.BodyHandlers.ofString()));
            if (response.statusCode() != 201 && response.statusCode() != 200) {
                throw new IllegalStateException("intake answered " + response.statusCode() + ": " + response.body());
            }
        }
    }

    /** The database's commit rate: one-row insert per commit, for a few seconds. */
    private static double commitRate(DataSource dataSource, int threads, int seconds) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists benchmark_commit (id bigint not null, payload varchar(32))");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong commits = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try (Connection c = dataSource.getConnection();
                        PreparedStatement insert = c.prepareStatement(
                                "insert into benchmark_commit (id, payload) values (?, 'commit')")) {
                    c.setAutoCommit(false);
                    long id = 0;
                    while (running.get()) {
                        insert.setLong(1, id++);
                        insert.executeUpdate();
                        c.commit();
                        commits.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            workers.add(thread);
            thread.start();
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread thread : workers) {
            thread.join();
        }
        return commits.get() / (double) seconds;
    }

    private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:from|into|update)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    /** "select ACT_RU_TASK", "insert ACT_HI_VARINST": the statement's verb and its first table. */
    static String kind(String sql) {
        String text = sql.strip();
        String verb = text.isEmpty() ? "?" : text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        java.util.regex.Matcher table = TABLE.matcher(text);
        return verb + " " + (table.find() ? table.group(1).toUpperCase(Locale.ROOT) : "");
    }

    /** Wraps the application's DataSource in datasource-proxy, counting statements, executions and commits. */
    @Configuration(proxyBeanMethods = false)
    static class CountingDataSource {

        @Bean
        static BeanPostProcessor countingDataSourcePostProcessor() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof DataSource dataSource) || bean.getClass().getName().contains("Proxy")) {
                        return bean;
                    }
                    QueryExecutionListener queries = new QueryExecutionListener() {
                        @Override
                        public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo execution,
                                List<net.ttddyy.dsproxy.QueryInfo> queryList) {
                        }

                        @Override
                        public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo execution,
                                List<net.ttddyy.dsproxy.QueryInfo> queryList) {
                            EXECUTIONS.incrementAndGet();
                            long statements = 0;
                            for (net.ttddyy.dsproxy.QueryInfo query : queryList) {
                                statements += Math.max(1, query.getParametersList().size());
                            }
                            long counted = execution.isBatch() ? Math.max(statements, execution.getBatchSize())
                                    : Math.max(1, queryList.size());
                            STATEMENTS.addAndGet(counted);
                            Map<String, AtomicLong> kinds = byKind;
                            if (kinds != null && !queryList.isEmpty()) {
                                kinds.computeIfAbsent(kind(queryList.get(0).getQuery()), k -> new AtomicLong())
                                        .addAndGet(counted);
                            }
                        }
                    };
                    MethodExecutionListener methods = new MethodExecutionListener() {
                        @Override
                        public void beforeMethod(MethodExecutionContext context) {
                        }

                        @Override
                        public void afterMethod(MethodExecutionContext context) {
                            String name = context.getMethod().getName();
                            if (context.getTarget() instanceof Connection) {
                                if (name.equals("commit")) {
                                    COMMITS.incrementAndGet();
                                } else if (name.equals("setAutoCommit")) {
                                    AUTOCOMMIT_SWITCHES.incrementAndGet();
                                }
                            }
                        }
                    };
                    return ProxyDataSourceBuilder.create(dataSource).name("counting").listener(queries)
                            .methodListener(methods).build();
                }
            };
        }
    }
}
