package cn.gongzhi.supervision;

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
 * communities) into H2 and into MariaDB, then times the street summary of the last 30 days and the street's overdue
 * list. Not a test: run it with {@code mvn -Pbenchmark verify} (docs/performance.md), which prints one line per
 * database and size: median and 95th percentile in milliseconds. {@code -Dbenchmark.databases=mariadb} runs one
 * database only; the data is loaded once and reused by later runs.
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
        int[] sizes = {10_000, 1_000_000};
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
            properties.put("spring.datasource.url", System.getProperty("benchmark.mysql.url",
                    "jdbc:mysql://127.0.0.1:3306/gongzhi_bench_" + size + "?createDatabaseIfNotExist=true"
                            + "&nullDatabaseMeansCurrent=true&sendFractionalSeconds=false&rewriteBatchedStatements=true"));
            properties.put("spring.datasource.username", System.getProperty("benchmark.mysql.user", "root"));
            properties.put("spring.datasource.password", System.getProperty("benchmark.mysql.password", ""));
            properties.put("spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");
            properties.put("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", "false");
            properties.put("spring.jpa.properties.jakarta.persistence.database-product-name", "MariaDB");
            properties.put("spring.jpa.properties.jakarta.persistence.database-major-version", "10");
            properties.put("spring.jpa.properties.jakarta.persistence.database-minor-version", "11");
        }
        // command-line arguments outrank the test configuration's in-memory database
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongzhiApplication.class)
                .run(arguments)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long loaded = seed(jdbc, size);
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
            String line = String.format("%-8s %,10d petitions (%,d loaded now, roll-up of %,d community-days in %.1f s):"
                    + " summary %.1f / %.1f ms; overdue list %.1f / %.1f ms", database, size, loaded, days, catchUp,
                    summary[0], summary[1], overdue[0], overdue[1]);
            System.out.println("== " + line);
            return line;
        }
    }

    /**
     * Measures the steady state, not the minutes after a bulk load: refreshes the optimizer's statistics and waits
     * (at most ten minutes) until InnoDB has purged the old row versions the load and the roll-up left behind.
     */
    private static void settle(JdbcTemplate jdbc) {
        jdbc.queryForList("analyze table petition, petition_daily");
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

    /** Loads the benchmark petitions once per database and size; a second run reuses them. */
    private static long seed(JdbcTemplate jdbc, int size) {
        Integer present = jdbc.queryForObject("select count(*) from petition where number like 'B-%'", Integer.class);
        if (present != null && present >= size) {
            return 0;
        }
        Random random = new Random(7);
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> batch = new ArrayList<>();
        for (int i = present; i < size; i++) {
            String[] where = COMMUNITIES[random.nextInt(COMMUNITIES.length)];
            LocalDateTime received = now.minusMinutes(random.nextInt(3 * 365 * 24 * 60));
            boolean recent = received.isAfter(now.minusDays(10));
            boolean contacted = !recent || random.nextInt(3) > 0;
            LocalDateTime contact = received.plusMinutes(30 + random.nextInt(30 * 60));
            boolean closed = !recent || random.nextInt(4) == 0;
            int satisfaction = 1 + random.nextInt(5);
            batch.add(new Object[] {"B-" + i, CATEGORIES[random.nextInt(CATEGORIES.length)], where[0], where[1],
                    closed ? "CLOSED" : "IN_PROGRESS", Timestamp.valueOf(received.plusHours(24)),
                    Timestamp.valueOf(received.plusDays(7)), Timestamp.valueOf(received),
                    contacted ? Timestamp.valueOf(contact) : null,
                    closed ? Timestamp.valueOf(contact.plusHours(20)) : null,
                    closed ? Timestamp.valueOf(contact.plusHours(30)) : null, Timestamp.valueOf(received),
                    closed ? satisfaction >= 2 : null, closed ? satisfaction : null, random.nextInt(20) == 0 ? 1 : 0,
                    where[2]});
            if (batch.size() == 5_000) {
                insert(jdbc, batch);
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("== loaded %,d of %,d petitions%n", i + 1, size);
                }
            }
        }
        insert(jdbc, batch);
        return size - present;
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into petition (number, category_code, community_code, grid_code, location, description,
                  channel, status, first_contact_due, resolution_due, first_receiving_unit, received_at,
                  first_contacted_at, handled_at, closed_at, updated_at, resolved, satisfaction, reopen_count,
                  escalation_count, assigned_worker)
                values (?, ?, ?, ?, '基准测试', '基准测试', 'HOTLINE', ?, ?, ?, 'benchmark', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""",
                batch);
        batch.clear();
    }
}
