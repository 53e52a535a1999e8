package cn.gongzhi.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Loads N petitions into a fresh database by the engine's own rules: {@link ScaleTemplate} runs a template of real
 * petitions (76 closed, 4 open: 95 % closed), {@link ScaleTables} captures every row they wrote, and
 * {@link ScaleReplicator} copies that template until the database holds N petitions, spread over three years
 * (closed ones over the whole three years, open ones over the last {@code benchmark.open-days}) and over one street
 * per {@code benchmark.petitions-per-street} (10,000 by default: 1 street at 10k, 100 at 1M), each street a copy of
 * the demo street in the registry. Prints the template's rows per petition by table, and checks the loaded rows
 * against them table by table.
 */
final class ScaleFixture {

    static final int CLOSED = 76;
    static final int OPEN = 4;

    private final Connection db;
    private final ScaleTables tables;

    ScaleFixture(Connection db) {
        this.db = db;
        this.tables = new ScaleTables(db);
    }

    /** Runs the template in the started application and captures its rows; returns rows per petition by table. */
    List<String> template(ConfigurableApplicationContext context) throws Exception {
        ScaleTemplate template = new ScaleTemplate(context);
        tables.snapshot();
        template.closed(CLOSED);
        settle();
        Map<String, Long> closed = tables.capture("C");
        tables.snapshot();
        template.open();
        settle();
        Map<String, Long> open = tables.capture("O");
        List<String> lines = new ArrayList<>();
        Map<String, Long> all = new TreeMap<>(closed);
        open.forEach((t, n) -> all.merge(t, 0L, Long::sum));
        all.forEach((table, ignored) -> lines.add(String.format(Locale.ROOT, "rows per petition %-28s closed %6.2f"
                + "  open %6.2f", table, closed.getOrDefault(table, 0L) / (double) CLOSED,
                open.getOrDefault(table, 0L) / (double) OPEN)));
        lines.add(String.format(Locale.ROOT, "rows per petition %-28s closed %6.2f  open %6.2f", "(all)",
                closed.values().stream().mapToLong(Long::longValue).sum() / (double) CLOSED,
                open.values().stream().mapToLong(Long::longValue).sum() / (double) OPEN));
        return lines;
    }

    /** Waits until the events between modules have been delivered (supervision's rows are written after the step). */
    private void settle() throws Exception {
        for (int i = 0; i < 600; i++) {
            if (ScaleReplicator.count(db, "select count(*) from EVENT_PUBLICATION where completion_date is null") == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("events between modules not delivered after a minute");
    }

    /** Replaces the template by {@code size} replicated petitions; returns the check's lines. */
    List<String> replicate(int size, double openShare, int openDays, int perStreet) throws SQLException {
        int streets = Math.max(1, size / perStreet);
        int openReplicas = (int) Math.round(size * openShare / OPEN);
        int closedReplicas = (int) Math.round((size - openReplicas * OPEN) / (double) CLOSED);
        try (Statement s = db.createStatement()) {
            s.execute("create table scale_ids (id varchar(255) primary key)");
            for (String table : tables.templateTables()) {
                List<String> key = tables.primaryKey(table);
                if (key.size() == 1 && tables.columns(table).stream().anyMatch(c -> c.name().equals(key.get(0))
                        && c.text())) {
                    s.execute("insert ignore into scale_ids select " + key.get(0) + " from scale_tpl_" + table);
                }
            }
            s.execute("create table scale_numbers (n varchar(64) primary key)");
            s.execute("insert into scale_numbers select number from scale_tpl_petition where number is not null");
            s.execute("create table scale_names (name varchar(255) primary key)");
            s.execute("insert ignore into scale_names select code from street union select code from community"
                    + " union select code from grid union select code from committee where code like 'qinghe%'"
                    + " or community_id is not null union select username from community_worker"
                    + " union select username from committee_member where username is not null");
            s.execute("insert ignore into scale_names select g.ID_ from ACT_ID_GROUP g join (select code from street"
                    + " union select code from community) u on g.ID_ like concat('%-', u.code)");
            s.execute("create table scale_slot (slot int primary key)");
            for (int slot = 0; slot < streets; slot++) {
                s.execute("insert into scale_slot values (" + slot + ")");
            }
        }
        tables.removeOriginals();
        Map<String, Long> before = new HashMap<>();
        for (String table : tables.templateTables()) {
            before.put(table, tables.count("`" + table + "`"));
        }
        plan(closedReplicas, openReplicas, streets, openDays);
        Map<String, Long> strides = new HashMap<>();
        for (String table : tables.templateTables()) {
            if (tables.hasColumn(table, "id") && tables.columns(table).stream().anyMatch(c -> c.name().equals("id")
                    && c.numeric())) {
                strides.put(table, ScaleReplicator.count(db, "select coalesce(max(id), 0) + 1 from scale_tpl_" + table));
            }
        }
        ScaleReplicator replicator = new ScaleReplicator(db);
        if (streets > 1) {
            replicator.cloneRegistry(streets);
        }
        replicator.replicate(0, closedReplicas + openReplicas - 1, strides);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%,d petitions: %,d copies of the %d closed and %,d of the %d open"
                + " template petitions, in %d street(s)", closedReplicas * CLOSED + openReplicas * OPEN,
                closedReplicas, CLOSED, openReplicas, OPEN, streets));
        for (String table : tables.templateTables()) {
            long expected = ScaleReplicator.count(db, "select count(*) from scale_tpl_" + table + " where tpl_kind = 'C'")
                    * closedReplicas + ScaleReplicator.count(db, "select count(*) from scale_tpl_" + table
                    + " where tpl_kind = 'O'") * openReplicas;
            long loaded = tables.count("`" + table + "`") - before.get(table);
            lines.add(String.format(Locale.ROOT, "check %-28s %,12d rows loaded, %,12d expected%s", table, loaded,
                    expected, loaded == expected ? "" : "  MISMATCH"));
        }
        return lines;
    }

    /** One row per replica: its template, street slot, shift back in time and the year its petitions fall in. */
    private void plan(int closedReplicas, int openReplicas, int streets, int openDays) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("create table scale_replica (k int primary key, kind char(1), slot int, shift_s bigint, yr int)");
        }
        Random random = new Random(22);
        LocalDateTime now = LocalDateTime.now();
        try (PreparedStatement insert = db.prepareStatement("insert into scale_replica values (?, ?, ?, ?, ?)")) {
            for (int k = 0; k < closedReplicas + openReplicas; k++) {
                boolean open = k >= closedReplicas;
                int index = open ? k - closedReplicas : k;
                long days = open ? random.nextInt(Math.max(1, openDays)) : 1 + random.nextInt(3 * 365);
                long shift = days * 86_400 + random.nextInt(86_400);
                insert.setInt(1, k);
                insert.setString(2, open ? "O" : "C");
                insert.setInt(3, index % streets);
                insert.setLong(4, shift);
                insert.setInt(5, now.minusSeconds(shift).getYear());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
