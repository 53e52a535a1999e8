package cn.gongzhi.scale;

import cn.gongzhi.BenchmarkDatabase;
import cn.gongzhi.GongzhiApplication;
import cn.gongzhi.supervision.SupervisionRollup;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A district's years of work (issue 22; docs/performance.md, "A district's years of petitions"): for each size N
 * ({@code -Dbenchmark.sizes=10000,100000,1000000}) a MariaDB database {@code gongzhi_scale_N} holding N petitions with
 * every row the engine and the product write for them ({@link ScaleFixture}), loaded once and reused, then what
 * people wait for timed over HTTP ({@link ScaleCalls}). Not a test:
 * {@code mvn -Pbenchmark verify -Dbenchmark.main=cn.gongzhi.scale.ScaleBenchmark}.
 * {@code -Dbenchmark.reload=true} loads the data again, {@code -Dbenchmark.drop-after=true} drops each size's database
 * once it is measured (a million petitions take about 70 GB of disk), except the last size's with
 * {@code -Dbenchmark.keep-last=true} (for statements timed by hand afterwards); {@code -Dbenchmark.open-share=0.05},
 * {@code -Dbenchmark.open-days=30}, {@code -Dbenchmark.petitions-per-street=10000} shape it.
 */
public final class ScaleBenchmark {

    private ScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000,1000000").split(","))
                .mapToInt(size -> Integer.parseInt(size.trim())).toArray();
        Map<Integer, Map<String, double[]>> results = new LinkedHashMap<>();
        List<String> report = new ArrayList<>();
        for (int size : sizes) {
            String database = "gongzhi_scale_" + size;
            if (Boolean.getBoolean("benchmark.reload") || !loaded(database)) {
                report.addAll(load(database, size));
            }
            results.put(size, measure(database, report));
            boolean last = size == sizes[sizes.length - 1];
            if (Boolean.getBoolean("benchmark.drop-after") && !(last && Boolean.getBoolean("benchmark.keep-last"))) {
                // one size on disk at a time: a million petitions take about 70 GB
                try (Connection c = connect(""); Statement s = c.createStatement()) {
                    s.execute("drop database " + database);
                }
                report.add(database + ": dropped after measuring (-Dbenchmark.drop-after=true)");
            }
        }
        System.out.println("\n== Scale benchmark: median / p95 over " + ScaleCalls.RUNS + " calls ==");
        report.forEach(line -> System.out.println("== " + line));
        results.forEach((size, calls) -> {
            System.out.printf(Locale.ROOT, "== %,d petitions%n", size);
            ScaleCalls.format(calls).lines().forEach(line -> System.out.println("==   " + line));
        });
    }

    private static Connection connect(String database) throws Exception {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + database
                + "?sendFractionalSeconds=false&useCursorFetch=false", BenchmarkDatabase.user(),
                BenchmarkDatabase.password());
    }

    private static boolean loaded(String database) throws Exception {
        try (Connection c = connect("")) {
            return ScaleReplicator.count(c, "select count(*) from information_schema.tables where table_schema = '"
                    + database + "' and table_name = 'scale_fixture'") > 0;
        }
    }

    private static List<String> load(String database, int size) throws Exception {
        try (Connection c = connect(""); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database + " character set utf8mb4 collate utf8mb4_bin");
        }
        List<String> lines = new ArrayList<>();
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = start(database, Map.of());
                Connection c = connect(database)) {
            lines.addAll(new ScaleFixture(c).template(context));
        }
        double templateSeconds = (System.nanoTime() - start) / 1e9;
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            // the copies are written without flushing the redo log at each commit, and the server's setting is put back
            // for the measurements (a failed load is loaded again from the start)
            String flush = String.valueOf(ScaleReplicator.count(c, "select @@innodb_flush_log_at_trx_commit"));
            s.execute("set global innodb_flush_log_at_trx_commit = 2");
            try {
                lines.addAll(new ScaleFixture(c).replicate(size, Double.parseDouble(System.getProperty(
                        "benchmark.open-share", "0.05")), Integer.getInteger("benchmark.open-days", 30),
                        Integer.getInteger("benchmark.petitions-per-street", 10_000)));
            } finally {
                // on a connection of its own: the load's may be the reason for getting here (a server restart)
                try (Connection restore = connect(""); Statement r = restore.createStatement()) {
                    r.execute("set global innodb_flush_log_at_trx_commit = " + flush);
                }
            }
            s.execute("create table scale_fixture (petitions int, rolled_up boolean)");
            s.execute("insert into scale_fixture values (" + size + ", false)");
        }
        lines.add(String.format(Locale.ROOT, "%,d petitions loaded in %.0f s (template %.0f s)", size,
                (System.nanoTime() - start) / 1e9, templateSeconds));
        lines.forEach(line -> System.out.println("== " + line));
        return lines;
    }

    private static ConfigurableApplicationContext start(String database, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(Map.of("server.port", "0", "logging.level.root", "WARN"));
        BenchmarkDatabase.useMariaDb(properties, "jdbc:mysql://127.0.0.1:3306/" + database
                + "?nullDatabaseMeansCurrent=true&sendFractionalSeconds=false");
        properties.putAll(more);
        return new SpringApplicationBuilder(GongzhiApplication.class).run(BenchmarkDatabase.arguments(properties));
    }

    private static Map<String, double[]> measure(String database, List<String> report) throws Exception {
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = start(database, Map.of())) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            if (Boolean.FALSE.equals(jdbc.queryForObject("select rolled_up from scale_fixture", Boolean.class))) {
                context.getBean(SupervisionRollup.class).rebuild();
                jdbc.update("update scale_fixture set rolled_up = true");
            }
            report.add(String.format(Locale.ROOT, "%s: started and rolled up in %.0f s", database,
                    (System.nanoTime() - start) / 1e9));
            settle(jdbc);
            report.add(database + ": " + sizes(jdbc));
            report.add(database + ": MariaDB " + jdbc.queryForObject("select concat(version(), ', buffer pool ',"
                    + " @@innodb_buffer_pool_size div 1048576, ' MB, redo log ', @@innodb_log_file_size div 1048576,"
                    + " ' MB, flush at commit ', @@innodb_flush_log_at_trx_commit)", String.class));
            List<String> numbers = jdbc.queryForList("select number from petition where community_code = 'heyuan'"
                    + " order by id desc limit " + (ScaleCalls.WARM_UP + ScaleCalls.RUNS), String.class);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            // -Dbenchmark.slot=N measures the N-th copy of the demo street (its 张伟 and 高建), the same size as the
            // demo street: each run completes 50 of the worker's contact steps, so a database measured again needs
            // another street's
            int slot = Integer.getInteger("benchmark.slot", 0);
            String suffix = slot == 0 ? "" : "s" + slot;
            return new ScaleCalls(port).measure("zhangwei" + suffix, "gaojian" + suffix, "qinghe" + suffix, numbers);
        }
    }

    /** The engine's largest tables: rows, and data and index size as InnoDB reports them. */
    private static String sizes(JdbcTemplate jdbc) {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> row : jdbc.queryForList("select table_name t, table_rows r, round((data_length"
                + " + index_length) / 1048576) mb from information_schema.tables where table_schema = database()"
                + " and table_name not like 'scale%' order by data_length + index_length desc limit 12")) {
            text.append(String.format(Locale.ROOT, "%s ~%,d rows %,d MB; ", row.get("t"),
                    ((Number) row.get("r")).longValue(), ((Number) row.get("mb")).longValue()));
        }
        return text.toString();
    }

    /** Fresh optimizer statistics, and InnoDB's purge of the load's old row versions done (at most ten minutes). */
    private static void settle(JdbcTemplate jdbc) throws InterruptedException {
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema"
                + " = database() and table_name not like 'scale%' and table_rows > 1000", String.class)) {
            jdbc.queryForList("analyze table `" + table + "`");
        }
        long deadline = System.currentTimeMillis() + 600_000;
        while (System.currentTimeMillis() < deadline) {
            Long history = jdbc.queryForObject("select count from information_schema.innodb_metrics"
                    + " where name = 'trx_rseg_history_len'", Long.class);
            if (history == null || history < 1_000) {
                return;
            }
            Thread.sleep(2_000);
        }
    }
}
