package cn.gongzhi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.AppNode;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.RegistryBodies;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Two application nodes (the packaged jar, each its own JVM on its own port) sharing one MariaDB database, as a city
 * runs Gongzhi: petitions worked across both, a thousand timer and async jobs each run exactly once, a node killed
 * with SIGKILL while residents file petitions, and the database stopped and started under load. Run by
 * {@code mvn verify -Pmysql} (.ci/run); the database {@code gongzhi_cluster} is dropped and created here, the nodes'
 * logs are in {@code target/cluster/}. The tests run in order and share the nodes.
 *
 * <p>Jobs are counted in a ledger table written by a model deployed here (through a test delegate the nodes load
 * beside the packaged jar, {@code cn.gongzhi.clusterledger}), in the job's own transaction: a job that
 * runs twice, or a rolled-back run that left a trace, shows as a second row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ClusterReliabilityIT {

    private static final String ADMIN = "it-admin";
    private static final String ADMIN_PASSWORD = "it-admin-secret";
    /** Jobs locked by a node are taken over by another this long after the node dies. */
    private static final int LOCK_MILLIS = 10_000;

    private final String url = System.getProperty("it.cluster.url");
    private final String user = System.getProperty("MYSQL_USER");
    private final String password = System.getProperty("MYSQL_PASSWORD");
    private AppNode a;
    private AppNode b;
    private String community;
    private String grid;

    @BeforeAll
    void startTwoNodesOnAnEmptyDatabase() throws Exception {
        String server = url.substring(0, url.indexOf('/', "jdbc:mysql://".length()));
        String database = url.substring(server.length() + 1, url.contains("?") ? url.indexOf('?') : url.length());
        try (Connection c = DriverManager.getConnection(server + "/", user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database + " character set utf8mb4 collate utf8mb4_bin");
        }
        long started = System.nanoTime();
        a = new AppNode("node-a", nodeArguments("node-a"), ledgerClasses());
        a.start();
        a.awaitReady(Duration.ofMinutes(3)); // the first start creates the schema alone
        report("node-a ready on an empty database (schema created) in %.1f s", seconds(started));
        started = System.nanoTime();
        b = new AppNode("node-b", nodeArguments("node-b"), ledgerClasses());
        b.start();
        update("create table job_ledger (id bigint auto_increment primary key, instance_id varchar(64) not null,"
                + " step varchar(10) not null, node varchar(20) not null)");
        b.awaitReady(Duration.ofMinutes(3));
        report("node-b ready on the existing schema in %.1f s", seconds(started));
        setUpACommunity();
    }

    @AfterAll
    void stopNodes() {
        for (AppNode node : new AppNode[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    @Order(1)
    void petitionsAreWorkedAcrossBothNodesAndEveryJobRunsExactlyOnce() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            AppNode first = i % 2 == 0 ? a : b;
            AppNode other = first == a ? b : a;
            String number = file(first);
            HttpApi worker = other.as("cw-" + community, "it-cw");
            completeTask(worker, number, Map.of("contactNote", Map.of("value", "已联系", "type", "String")));
            completeTask(first.as("cw-" + community, "it-cw"), number, Map.of(
                    "handlingOutcome", Map.of("value", "RESOLVED", "type", "String"),
                    "measures", Map.of("value", "已处理", "type", "String")));
            completeTask(other.as("ch-" + community, "it-ch"), number, Map.of(
                    "resolved", Map.of("value", true, "type", "Boolean"),
                    "satisfaction", Map.of("value", 5, "type", "Integer")));
            numbers.add(number);
        }
        for (String number : numbers) {
            assertThat(a.anonymous().get("/public/petitions/" + number).json().get("status").asText())
                    .as(number).isEqualTo("CLOSED");
        }

        deployLedgerModel();
        long started = System.nanoTime();
        startLedgerInstances(500, "0", Duration.ofSeconds(20));
        awaitCondition(Duration.ofMinutes(3), () -> count("select count(*) from job_ledger") >= 1000
                && count("select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ = 'JobLedger'") == 0);

        report("1,000 jobs of 500 instances (started in turn on both nodes) done in %.1f s: node-a ran %d,"
                + " node-b %d", seconds(started), count("select count(*) from job_ledger where node = 'node-a'"),
                count("select count(*) from job_ledger where node = 'node-b'"));
        assertThat(count("select count(*) from job_ledger")).isEqualTo(1000);
        assertThat(count("select count(*) from (select instance_id, step from job_ledger"
                + " group by instance_id, step having count(*) > 1) twice")).isZero();
        assertThat(count("select count(*) from job_ledger where node = 'node-a'")).isPositive();
        assertThat(count("select count(*) from job_ledger where node = 'node-b'")).isPositive();
        assertThat(count("select count(*) from ACT_RU_INCIDENT")).isZero();
        assertThat(count("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'JobLedger'"
                + " and STATE_ = 'COMPLETED'")).isEqualTo(500);
    }

    @Test
    @Order(2)
    void aKilledNodeLosesNoAcknowledgedPetitionAndItsLockedJobsRunAfterTheLockTime() throws Exception {
        update("delete from job_ledger");
        Client client = new Client(List.of(a, b));
        client.start(2);
        startLedgerInstances(60, "0.3", Duration.ofSeconds(5));
        awaitCondition(Duration.ofSeconds(30), () -> client.acknowledgedBy(a) > 2 && client.acknowledgedBy(b) > 2);
        try {
            awaitCondition(Duration.ofSeconds(30),
                    () -> count("select count(*) from ACT_RU_JOB where LOCK_OWNER_ = 'node-b'") > 0);
        } catch (AssertionError e) {
            throw new AssertionError("node-b never held a job; locks by owner: " + query("select concat("
                    + "coalesce(LOCK_OWNER_, 'none'), ' ', count(*)) from ACT_RU_JOB group by LOCK_OWNER_")
                    + ", ledger by node: " + query("select concat(node, ' ', count(*)) from job_ledger group by node"),
                    e);
        }

        b.kill();
        long killed = System.nanoTime();
        Thread.sleep(500); // a commit node-b sent just before it died has landed by now
        Map<String, String> heldByB = held("node-b");
        Thread.sleep(3000);
        client.stop();

        assertThat(heldByB).as("jobs node-b held when it died").isNotEmpty();
        assertThat(client.acknowledgedBy(b)).as("petitions node-b acknowledged before it died").isPositive();
        awaitCondition(Duration.ofMillis(LOCK_MILLIS).plusMinutes(2),
                () -> count("select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ = 'JobLedger'") == 0);
        report("node-b killed holding %d jobs; all 120 jobs done %.1f s after the kill (lock time %d s);"
                + " petitions acknowledged: %d by node-a, %d by node-b", heldByB.size(), seconds(killed),
                LOCK_MILLIS / 1000, client.acknowledgedBy(a), client.acknowledgedBy(b));
        assertThat(count("select count(*) from job_ledger")).isEqualTo(120);
        assertThat(count("select count(*) from (select instance_id, step from job_ledger"
                + " group by instance_id, step having count(*) > 1) twice")).isZero();
        for (var held : heldByB.entrySet()) {
            assertThat(query("select node from job_ledger where instance_id = ? and step = ?", held.getKey(),
                    held.getValue())).as("the job node-b held for %s", held).containsExactly("node-a");
        }
        assertThat(count("select count(*) from ACT_RU_INCIDENT")).isZero();
        client.assertEveryAcknowledgedPetitionExistsOnce();
    }

    @Test
    @Order(3)
    void theDatabaseGoesAwayAndComesBackWithoutARestartAndWithoutLosingAnAcknowledgedPetition() throws Exception {
        Client client = new Client(List.of(a));
        client.start(1);
        awaitCondition(Duration.ofSeconds(30), () -> client.acknowledged.size() >= 3);
        assertThat(a.health()).isEqualTo(200);
        long stopped;
        try {
            Database.stop();
            stopped = System.nanoTime();
            awaitCondition(Duration.ofSeconds(90), () -> a.health() == 503);
            report("health DOWN %.1f s after the database stopped", seconds(stopped));
            int acknowledgedWhileDown = client.acknowledged.size();
            Thread.sleep(2000);
            assertThat(client.acknowledged.size()).isLessThanOrEqualTo(acknowledgedWhileDown + 1);
        } finally {
            Database.start();
        }
        long restarted = System.nanoTime();
        awaitCondition(Duration.ofSeconds(90), () -> a.health() == 200);
        report("health UP %.1f s after the database answered again", seconds(restarted));
        int acknowledgedAtRecovery = client.acknowledged.size();
        awaitCondition(Duration.ofSeconds(60), () -> client.acknowledged.size() >= acknowledgedAtRecovery + 3);
        client.stop();
        report("database restart under load: %d petitions acknowledged, %d refused with 503",
                client.acknowledged.size(), client.refusals.size());

        assertThat(client.refusals).as("answers while the database was away").isNotEmpty()
                .allSatisfy(refusal -> assertThat(refusal).startsWith("503 ").contains("数据库"));
        client.assertEveryAcknowledgedPetitionExistsOnce();
    }

    // --- the nodes ------------------------------------------------------------------------------------------------

    private List<String> nodeArguments(String name) {
        return List.of("--spring.profiles.active=mysql,mariadb,cluster-ledger",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--camunda.bpm.admin-user.id=" + ADMIN, "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                "--gongzhi.node-name=" + name,
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000");
    }

    private void setUpACommunity() {
        HttpApi admin = a.as(ADMIN, ADMIN_PASSWORD);
        community = "cl-" + System.currentTimeMillis() % 100000;
        long street = RegistryBodies.created(admin.post("/api/registry/streets",
                body("code", "st-" + community, "name", "集群街道")));
        long communityId = RegistryBodies.created(admin.post("/api/registry/communities", body("code", community,
                "name", "集群社区", "type", "URBAN", "streetId", street, "households", 800, "adultResidents", 2000)));
        long worker = RegistryBodies.created(admin.post("/api/registry/workers",
                RegistryBodies.worker(communityId, "cw-" + community, "STAFF")));
        RegistryBodies.created(admin.post("/api/registry/workers",
                RegistryBodies.worker(communityId, "ch-" + community, "HEAD")));
        grid = "g-" + community;
        RegistryBodies.created(admin.post("/api/registry/grids", body("code", grid, "name", "集群网格",
                "communityId", communityId, "households", 400, "gridWorkerId", worker)));
        setPassword(admin, "cw-" + community, "it-cw");
        setPassword(admin, "ch-" + community, "it-ch");
    }

    private static void setPassword(HttpApi admin, String login, String newPassword) {
        Response changed = admin.put("/engine-rest/user/" + login + "/credentials",
                Map.of("password", newPassword, "authenticatedUserPassword", ADMIN_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    }

    private String file(AppNode node) {
        Response filed = node.as(ADMIN, ADMIN_PASSWORD).post("/api/petitions", body("category",
                "PROPERTY_MANAGEMENT", "communityCode", community, "gridCode", grid, "location", "3号楼",
                "description", "楼道灯不亮"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("number").asText();
    }

    private static void completeTask(HttpApi user, String number, Map<String, Object> variables) {
        var tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
        assertThat(tasks.size()).as("tasks of %s", number).isEqualTo(1);
        Response done = user.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form",
                Map.of("variables", variables));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    /**
     * Start → a timer due at {@code dueAt} (the same instant for a whole batch, so that both nodes compete for the
     * jobs) → record the timer job's run → (async) record the continuation's run → end: two
     * jobs per instance, each writing one ledger row through the application's JdbcTemplate in the job's transaction,
     * then sleeping {@code pause} seconds in the database so that jobs are in flight when a node dies.
     */
    private void deployLedgerModel() {
        var model = Bpmn.createExecutableProcess("JobLedger").name("记录作业执行").camundaHistoryTimeToLive(1)
                .startEvent("ledgerStarted")
                .intermediateCatchEvent("dueTimeReached").timerWithDate("${dueAt}")
                .serviceTask("timerJobRecorded").camundaDelegateExpression("${jobLedgerDelegate}")
                .camundaInputParameter("step", "timer")
                .serviceTask("asyncJobRecorded").camundaAsyncBefore().camundaDelegateExpression("${jobLedgerDelegate}")
                .camundaInputParameter("step", "async")
                .endEvent("ledgerEnded").done();
        String boundary = "ledger-" + System.nanoTime();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "job-ledger\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\";"
                + " filename=\"job-ledger.bpmn\"\r\nContent-Type: application/xml\r\n\r\n"
                + Bpmn.convertToString(model) + "\r\n--" + boundary + "--\r\n";
        Response deployed = a.as(ADMIN, ADMIN_PASSWORD).postRaw("/engine-rest/deployment/create",
                "multipart/form-data; boundary=" + boundary, BodyPublishers.ofString(multipart, StandardCharsets.UTF_8));
        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
    }

    /**
     * The ledger's delegate (test code) in a directory of its own, which the nodes load beside the packaged jar: the
     * deployment policy lets a model name a delegate bean, never the JdbcTemplate itself.
     */
    private static Path ledgerClasses() throws IOException {
        Path target = Path.of("target", "cluster", "ledger-classes");
        Path packageDir = Path.of("cn", "gongzhi", "clusterledger");
        Files.createDirectories(target.resolve(packageDir));
        try (var classes = Files.list(Path.of("target", "test-classes").resolve(packageDir))) {
            for (Path file : classes.toList()) {
                Files.copy(file, target.resolve(packageDir).resolve(file.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private void startLedgerInstances(int instances, String pause, Duration dueIn) throws Exception {
        String dueAt = java.time.OffsetDateTime.now().plus(dueIn)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
        ExecutorService starters = Executors.newFixedThreadPool(4);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < instances; i++) {
            AppNode node = i % 2 == 0 ? a : b;
            starters.submit(() -> {
                Response started = node.as(ADMIN, ADMIN_PASSWORD).post(
                        "/engine-rest/process-definition/key/JobLedger/start",
                        Map.of("variables", Map.of("pause", Map.of("value", pause, "type", "String"),
                                "dueAt", Map.of("value", dueAt, "type", "Date"))));
                if (started.status() != 200) {
                    failures.add(started.toString());
                }
            });
        }
        starters.shutdown();
        assertThat(starters.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(failures).isEmpty();
    }

    /** The ledger step of each job the node holds a lock on, by process instance. */
    private Map<String, String> held(String node) throws SQLException {
        Map<String, String> held = new HashMap<>();
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                "select PROCESS_INSTANCE_ID_, TYPE_ from ACT_RU_JOB where LOCK_OWNER_ = '" + node + "'")) {
            while (rows.next()) {
                held.put(rows.getString(1), "timer".equals(rows.getString(2)) ? "timer" : "async");
            }
        }
        return held;
    }

    // --- a client filing petitions --------------------------------------------------------------------------------

    /** Files petitions in a loop, round robin over the nodes, remembering what each node acknowledged. */
    private final class Client {
        private final List<AppNode> nodes;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Map<String, AppNode> acknowledged = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        private ExecutorService threads;

        Client(List<AppNode> nodes) {
            this.nodes = nodes;
        }

        void start(int threadCount) {
            threads = Executors.newFixedThreadPool(threadCount);
            for (int t = 0; t < threadCount; t++) {
                int offset = t;
                threads.submit(() -> {
                    for (int i = offset; running.get(); i++) {
                        AppNode node = nodes.get(i % nodes.size());
                        try {
                            Response filed = node.as(ADMIN, ADMIN_PASSWORD).post("/api/petitions", body("category",
                                    "PROPERTY_MANAGEMENT", "communityCode", community, "gridCode", grid,
                                    "location", "5号楼", "description", "电梯停运 " + i));
                            if (filed.status() == 201) {
                                acknowledged.put(filed.json().get("number").asText(), node);
                            } else {
                                refusals.add(filed.status() + " " + filed.body() + " [" + filed.contentType()
                                        + ", Retry-After " + filed.retryAfter() + ", " + java.time.LocalTime.now() + "]");
                                Thread.sleep(200);
                            }
                        } catch (RuntimeException unreachable) {
                            sleepQuietly();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }

        long acknowledgedBy(AppNode node) {
            return acknowledged.values().stream().filter(node::equals).count();
        }

        void assertEveryAcknowledgedPetitionExistsOnce() throws SQLException {
            assertThat(acknowledged).isNotEmpty();
            for (String number : Set.copyOf(acknowledged.keySet())) {
                assertThat(count("select count(*) from petition where number = '" + number + "'")).as(number)
                        .isEqualTo(1);
                assertThat(count("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = '" + number
                        + "' and PROC_DEF_KEY_ = 'ResidentPetitionProcess'")).as(number).isEqualTo(1);
            }
        }

        private static void sleepQuietly() {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // --- the database ---------------------------------------------------------------------------------------------

    /** Stops and starts the database server with its own commands (it.database.stop / it.database.start). */
    private static final class Database {
        static void stop() throws Exception {
            run(System.getProperty("it.database.stop"));
        }

        static void start() throws Exception {
            run(System.getProperty("it.database.start"));
            awaitCondition(Duration.ofSeconds(60), Database::answers);
        }

        private static boolean answers() {
            try (Connection c = DriverManager.getConnection(System.getProperty("it.cluster.url"),
                    System.getProperty("MYSQL_USER"), System.getProperty("MYSQL_PASSWORD"))) {
                return c.isValid(2);
            } catch (SQLException down) {
                return false;
            }
        }

        private static void run(String command) throws Exception {
            assertThat(command).as("the command (system property)").isNotBlank();
            Process process = new ProcessBuilder("sh", "-c", command).inheritIO().start();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(command).isTrue();
            assertThat(process.exitValue()).as(command).isZero();
        }
    }

    // --- SQL ------------------------------------------------------------------------------------------------------

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private void update(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long count(String sql) {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private List<String> query(String sql, String... parameters) throws SQLException {
        try (Connection c = connection(); var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Figures for docs/performance.md, in the test's output. */
    private static void report(String format, Object... arguments) {
        System.out.println("== cluster: " + String.format(java.util.Locale.ROOT, format, arguments));
    }

    private static void awaitCondition(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", limit).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
