package cn.gongzhi.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies the template's rows (everything the engine and the product wrote for the template petitions) as many times
 * as the fixture needs, inside MariaDB with {@code INSERT … SELECT}, so that each copy is a petition the way the engine
 * left the template's: the same tables, the same row counts, the same shapes, with its own ids. Per copy ("replica"
 * {@code k}, planned in {@code scale_replica}):
 * <ul>
 *   <li>every value that is the id of a template row (Camunda's UUIDs and activity instance ids, wherever they are
 *   referenced) gets its last eight characters replaced by {@code k} in hex: same length, unique per copy;</li>
 *   <li>the product's numeric ids ({@code id}, {@code petition_id}, the {@code petitionId} variable) move by {@code k}
 *   times the table's stride, and the petition number follows the petition's id, as the product derives it;</li>
 *   <li>every date moves back by the replica's shift (spread over three years, open petitions over the last weeks),
 *   except runtime job due dates, which move a year ahead so that no copied timer fires while the fixture is
 *   measured;</li>
 *   <li>in replicas of another street ({@code slot} above 0) the demo street's codes, logins and group ids get the slot
 *   as suffix ({@code heyuan} → {@code heyuans7}), for the registry's copies of that street
 *   ({@link #cloneRegistry}).</li>
 * </ul>
 */
final class ScaleReplicator {

    /** Registry tables copied per street slot: the street, its communities, grids, workers and committees. */
    static final List<String> REGISTRY = List.of("street", "community", "grid", "community_worker", "committee",
            "committee_member");
    private static final long REGISTRY_STRIDE = 100_000;

    private final Connection db;
    private final ScaleTables tables;

    ScaleReplicator(Connection db) {
        this.db = db;
        this.tables = new ScaleTables(db);
    }

    /**
     * Inserts replicas {@code from} to {@code to} (inclusive) of every template table; prints progress per table.
     */
    void replicate(int from, int to, Map<String, Long> strides) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("set session foreign_key_checks = 0, unique_checks = 0");
            for (String table : tables.templateTables()) {
                List<String> indexes = secondaryIndexes(table);
                for (String index : indexes) {
                    s.execute("alter table `" + table + "` drop index `" + index.substring(0, index.indexOf(' ')) + "`");
                }
                long perReplica = Math.max(1, count(db, "select max(n) from (select count(*) n from scale_tpl_" + table
                        + " group by tpl_kind) x"));
                int chunk = (int) Math.max(1, Math.min(2_000, 40_000 / perReplica));
                String insert = insertStatement(table, strides);
                long start = System.nanoTime();
                for (int k = from; k <= to; k += chunk) {
                    s.executeUpdate(insert + " and r.k between " + k + " and " + Math.min(to, k + chunk - 1));
                }
                long indexing = System.nanoTime();
                if (!indexes.isEmpty()) {
                    s.execute("alter table `" + table + "` " + String.join(", ", indexes.stream()
                            .map(i -> "add " + i.substring(i.indexOf(' ') + 1)).toList()));
                }
                System.out.printf(Locale.ROOT, "== fixture: %s replicas %d-%d in %.1f s (indexes rebuilt in %.1f s)%n",
                        table, from, to, (System.nanoTime() - start) / 1e9, (System.nanoTime() - indexing) / 1e9);
            }
        }
    }

    /**
     * The table's secondary indexes as "name definition" (e.g. {@code ix_a index `ix_a` (`A_`, `B_`(10))}), when the
     * table takes part in no foreign key: they are dropped before the copies go in and built again after, one sort
     * instead of a random write per row and index. Tables with foreign keys keep theirs (the keys need them).
     */
    private List<String> secondaryIndexes(String table) throws SQLException {
        if (count(db, "select count(*) from information_schema.key_column_usage where table_schema = database()"
                + " and referenced_table_name is not null and (table_name = '" + table + "' or referenced_table_name = '"
                + table + "')") > 0) {
            return List.of();
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select index_name, non_unique,"
                + " column_name, sub_part from information_schema.statistics where table_schema = database()"
                + " and table_name = '" + table + "' and index_name <> 'PRIMARY' order by index_name, seq_in_index")) {
            while (rs.next()) {
                String name = rs.getString(1);
                unique.put(name, rs.getInt(2) == 0);
                String part = rs.getString(4);
                columns.computeIfAbsent(name, n -> new ArrayList<>()).add("`" + rs.getString(3) + "`"
                        + (part == null ? "" : "(" + part + ")"));
            }
        }
        List<String> indexes = new ArrayList<>();
        columns.forEach((name, parts) -> indexes.add(name + " " + (unique.get(name) ? "unique " : "") + "index `" + name
                + "` (" + String.join(", ", parts) + ")"));
        return indexes;
    }

    /** The registry's copies of the demo street for slots 1 to {@code slots - 1}. */
    void cloneRegistry(int slots) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("set session foreign_key_checks = 0");
            for (String table : REGISTRY) {
                List<String> columns = new ArrayList<>();
                List<String> values = new ArrayList<>();
                for (ScaleTables.Column column : tables.columns(table)) {
                    columns.add("`" + column.name() + "`");
                    String c = "t.`" + column.name() + "`";
                    if (column.numeric() && (column.name().equals("id") || column.name().endsWith("_id"))) {
                        values.add(c + " + n.slot * " + REGISTRY_STRIDE);
                    } else if (column.text() && column.name().equals("name")) {
                        values.add("concat(" + c + ", n.slot)");
                    } else if (column.text()) {
                        values.add("case when " + c + " in (select name from scale_names) then concat(" + c
                                + ", 's', n.slot) else " + c + " end");
                    } else {
                        values.add(c);
                    }
                }
                s.executeUpdate("insert into " + table + " (" + String.join(", ", columns) + ") select "
                        + String.join(", ", values) + " from " + table + " t join scale_slot n on n.slot between 1 and "
                        + (slots - 1) + " where t.id < " + REGISTRY_STRIDE);
            }
        }
    }

    /** The insert of one table's replicas; the caller appends the range of {@code k}. */
    String insertStatement(String table, Map<String, Long> strides) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        for (ScaleTables.Column column : tables.columns(table)) {
            values.put("`" + column.name() + "`", value(table, column, strides));
        }
        return "insert into `" + table + "` (" + String.join(", ", values.keySet()) + ") select "
                + String.join(", ", values.values()) + " from scale_tpl_" + table
                + " t join scale_replica r on r.kind = t.tpl_kind where 1 = 1";
    }

    private String value(String table, ScaleTables.Column column, Map<String, Long> strides) throws SQLException {
        String c = "t.`" + column.name() + "`";
        String name = column.name();
        if (column.date()) {
            if (table.equals("ACT_RU_JOB") && Set.of("DUEDATE_", "LOCK_EXP_TIME_").contains(name)) {
                return c + " + interval 365 day";
            }
            return column.type().equals("date") ? c + " - interval (r.shift_s div 86400) day"
                    : c + " - interval r.shift_s second";
        }
        if (column.numeric()) {
            if (name.equals("id") && strides.containsKey(table)) {
                return c + " + r.k * " + strides.get(table);
            }
            if (name.equals("petition_id")) {
                return c + " + r.k * " + strides.get("petition");
            }
            if (name.equals("LONG_") && tables.hasColumn(table, "NAME_")) {
                return "if(t.NAME_ = 'petitionId', " + c + " + r.k * " + strides.get("petition") + ", " + c + ")";
            }
            return c;
        }
        if (!column.text()) {
            return c;
        }
        boolean ids = tables.holds(table, name, "scale_ids", "id");
        boolean numbers = tables.holds(table, name, "scale_numbers", "n");
        boolean names = tables.holds(table, name, "scale_names", "name");
        boolean petitionId = name.equals("TEXT_") && tables.hasColumn(table, "NAME_");
        if (!ids && !numbers && !names && !petitionId) {
            return c;
        }
        // what each template value is, worked out once per template row (a flag column), not once per copy
        String flag = "t.`scale_f_" + name + "`";
        if (!tables.hasColumn("scale_tpl_" + table, "scale_f_" + name)) {
            try (Statement s = db.createStatement()) {
                s.execute("alter table scale_tpl_" + table + " add column `scale_f_" + name + "` tinyint not null"
                        + " default 0");
                s.executeUpdate("update scale_tpl_" + table + " t set " + flag + " = case"
                        + " when " + c + " in (select id from scale_ids) then 1"
                        + " when " + c + " in (select n from scale_numbers) then 2"
                        + " when " + c + " in (select name from scale_names) then 3"
                        + (petitionId ? " when t.NAME_ = 'petitionId' then 4" : "") + " else 0 end");
            }
            tables.forget("scale_tpl_" + table);
        }
        StringBuilder expression = new StringBuilder("case " + flag);
        expression.append(" when 1 then concat(left(").append(c).append(", char_length(").append(c)
                .append(") - 8), lpad(hex(r.k), 8, '0'))");
        // six digits at least, as PetitionNumbers formats them, and all of them past the millionth (lpad cuts)
        String sequence = "cast(substring_index(" + c + ", '-', -1) as unsigned) + r.k * " + strides.get("petition");
        expression.append(" when 2 then concat('P-', r.yr, '-', lpad(").append(sequence).append(", greatest(6,"
                + " char_length(").append(sequence).append(")), '0'))");
        expression.append(" when 3 then if(r.slot > 0, concat(").append(c).append(", 's', r.slot), ").append(c)
                .append(")");
        expression.append(" when 4 then cast(").append(c).append(" + r.k * ").append(strides.get("petition"))
                .append(" as char)");
        return expression.append(" else ").append(c).append(" end").toString();
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
