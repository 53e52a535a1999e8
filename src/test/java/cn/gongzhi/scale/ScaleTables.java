package cn.gongzhi.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The scale fixture's view of the schema: which tables a petition writes to, their columns and primary keys, and the
 * template's capture: the keys of every table before a set of template petitions runs ({@code scale_snap_*}), then
 * the rows that set added ({@code scale_tpl_*}, with the set's kind), then the originals removed, so that only the
 * replicas remain.
 */
final class ScaleTables {

    record Column(String name, String type) {
        boolean numeric() {
            return Set.of("bigint", "int", "smallint", "tinyint", "decimal", "double").contains(type);
        }

        boolean text() {
            return Set.of("varchar", "char", "text", "mediumtext", "longtext").contains(type);
        }

        boolean date() {
            return Set.of("datetime", "timestamp", "date").contains(type);
        }
    }

    /** Tables no petition writes a row of its own to: definitions, identity, metrics, the module tables' logs. */
    private static final Set<String> SKIPPED = Set.of("ACT_GE_PROPERTY", "ACT_GE_SCHEMA_LOG", "ACT_RU_METER_LOG",
            "ACT_RU_TASK_METER_LOG", "ACT_RU_FILTER", "ACT_RU_JOBDEF", "EVENT_PUBLICATION", "petition_daily",
            "flyway_schema_history");

    private final Connection db;
    private final Map<String, List<Column>> columns = new HashMap<>();
    private final Map<String, Boolean> holds = new HashMap<>();

    ScaleTables(Connection db) {
        this.db = db;
    }

    /** Every table a template petition might write to (not the registry's, identity's or repository's). */
    List<String> candidates() throws SQLException {
        List<String> names = new ArrayList<>();
        for (String table : strings("select table_name from information_schema.tables where table_schema = database()"
                + " and table_type = 'BASE TABLE' order by table_name")) {
            boolean ours = !table.startsWith("scale_") && !table.startsWith("ACT_ID_") && !table.startsWith("ACT_RE_")
                    && !SKIPPED.contains(table) && !ScaleReplicator.REGISTRY.contains(table);
            if (ours && !primaryKey(table).isEmpty()) {
                names.add(table);
            }
        }
        return names;
    }

    /** Remembers every candidate table's keys before a set of template petitions runs. */
    void snapshot() throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String table : candidates()) {
                String key = String.join(", ", primaryKey(table));
                s.execute("drop table if exists scale_snap_" + table);
                s.execute("create table scale_snap_" + table + " as select " + key + " from `" + table + "`");
                s.execute("alter table scale_snap_" + table + " add primary key (" + key + ")");
            }
        }
    }

    /** The rows added since the snapshot, kept as the template of {@code kind}; returns rows per table. */
    Map<String, Long> capture(String kind) throws SQLException {
        Map<String, Long> added = new java.util.TreeMap<>();
        try (Statement s = db.createStatement()) {
            for (String table : candidates()) {
                String tpl = "scale_tpl_" + table;
                s.execute("create table if not exists " + tpl + " as select cast('C' as char(1)) as tpl_kind, x.* from `"
                        + table + "` x where 1 = 0");
                List<String> key = primaryKey(table);
                String join = String.join(" and ", key.stream().map(k -> "s." + k + " = x." + k).toList());
                long rows = s.executeUpdate("insert into " + tpl + " select '" + kind + "', x.* from `" + table
                        + "` x where not exists (select 1 from scale_snap_" + table + " s where " + join + ")");
                if (rows > 0) {
                    added.put(table, rows);
                }
            }
        }
        return added;
    }

    /** Drops empty templates and deletes the template's own rows: the fixture holds replicas only. */
    void removeOriginals() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("set session foreign_key_checks = 0");
            for (String table : candidates()) {
                if (count("scale_tpl_" + table) == 0) {
                    s.execute("drop table scale_tpl_" + table);
                    continue;
                }
                String join = String.join(" and ", primaryKey(table).stream().map(k -> "t." + k + " = x." + k)
                        .toList());
                s.executeUpdate("delete x from `" + table + "` x join scale_tpl_" + table + " t on " + join);
            }
        }
    }

    List<String> templateTables() throws SQLException {
        return strings("select substring(table_name, 11) from information_schema.tables where table_schema = database()"
                + " and table_name like 'scale\\_tpl\\_%' order by table_name");
    }

    List<String> primaryKey(String table) throws SQLException {
        return strings("select column_name from information_schema.key_column_usage where table_schema = database()"
                + " and table_name = '" + table + "' and constraint_name = 'PRIMARY' order by ordinal_position");
    }

    List<Column> columns(String table) throws SQLException {
        List<Column> cached = columns.get(table);
        if (cached != null) {
            return cached;
        }
        List<Column> found = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select column_name, data_type from information_schema.columns"
                + " where table_schema = database() and table_name = ? order by ordinal_position")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Column(rs.getString(1), rs.getString(2).toLowerCase(Locale.ROOT)));
                }
            }
        }
        columns.put(table, found);
        return found;
    }

    void forget(String table) {
        columns.remove(table);
    }

    boolean hasColumn(String table, String column) throws SQLException {
        return columns(table).stream().anyMatch(c -> c.name().equals(column));
    }

    /** Whether any template value of the column is in the set ({@code scale_ids}, {@code scale_numbers}, …). */
    boolean holds(String table, String column, String set, String setColumn) throws SQLException {
        String key = table + "." + column + "." + set;
        Boolean known = holds.get(key);
        if (known == null) {
            known = ScaleReplicator.count(db, "select count(*) from (select 1 from scale_tpl_" + table + " t join "
                    + set + " v on v." + setColumn + " = t.`" + column + "` limit 1) x") > 0;
            holds.put(key, known);
        }
        return known;
    }

    long count(String table) throws SQLException {
        return ScaleReplicator.count(db, "select count(*) from " + table);
    }

    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
