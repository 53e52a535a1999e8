package cn.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.jsqlparser.util.TablesNamesFinder;
import org.junit.jupiter.api.Test;

/**
 * A module touches only its own tables in SQL and JPQL: every statement written in {@code src/main/java} (string
 * literals joined across {@code +}, text blocks, {@code @Query}) is parsed with JSqlParser (and, where it does not
 * parse, read by a tokenizer for the names after FROM, JOIN, INTO and UPDATE); each table or entity it names is looked
 * up in the owner map, built from the JPA entities' packages ({@code @Table}, {@code @CollectionTable}, or the class
 * name in snake case) plus {@link #OWNED_WITHOUT_ENTITY}. Camunda's {@code ACT_*} tables and Spring Modulith's
 * {@code EVENT_PUBLICATION} belong to no module: the engine's Java API and the publication registry are the way in.
 * {@link ModularityTest} keeps the Java dependencies in line; this test keeps the data in line.
 */
class DataBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java/cn/gongzhi");

    /** Tables written by JDBC without an entity, by owning module. */
    private static final Map<String, String> OWNED_WITHOUT_ENTITY = Map.of(
            "petition_daily", "supervision",
            "event_publication", "(Spring Modulith's publication registry)");

    /** Prefixes of tables no module owns. */
    private static final Map<String, String> FOREIGN_PREFIXES = Map.of(
            "act_", "(Camunda's engine)",
            "supervision_", "supervision");

    /** The statement kinds that are SQL or JPQL, at the start of a string. */
    private static final Pattern STATEMENT = Pattern.compile("^\\s*(select|insert|update|delete|with|merge)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_AFTER = Pattern.compile(
            "(?<![:\\w])(?:from|join|into|update)\\s+([A-Za-z_][A-Za-z0-9_]*+)(?!\\.)", Pattern.CASE_INSENSITIVE);
    /** A text block, or an ordinary string literal with its escapes. */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"\\s*\\n(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\\\n])*)\"",
            Pattern.DOTALL);
    /** What may stand between two literals of one statement: a {@code +}, or {@code + expression +}. */
    private static final Pattern JOINED = Pattern.compile("\\s*\\+\\s*(?:([\\w.()\\[\\], ]+?)\\s*\\+\\s*)?");
    /** Stands in the statement for a Java expression joined into it: a table named so has no known owner. */
    static final String EXPRESSION = "java_expression";

    record Leak(String file, String module, String table, String owner, String statement) {
        @Override
        public String toString() {
            return file + " (" + module + ") touches " + table + " of " + owner + ": " + statement;
        }
    }

    @Test
    void everyModuleTouchesOnlyItsOwnTables() throws IOException {
        Map<String, String> owners = owners();
        List<Leak> leaks = new ArrayList<>();
        int statements = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = MAIN.relativize(file).getName(0).toString();
                for (String statement : statements(Files.readString(file))) {
                    statements++;
                    leaks.addAll(check(owners, MAIN.relativize(file).toString(), module, statement));
                }
            }
        }
        assertThat(statements).as("SQL and JPQL statements found in src/main/java").isGreaterThan(20);
        assertThat(leaks).as("statements on another module's tables").isEmpty();
    }

    @Test
    void aStatementOnAnotherModulesTableIsALeak() throws IOException {
        Map<String, String> owners = owners();
        assertThat(check(owners, "supervision/Leaky.java", "supervision",
                "select count(*) from escalation e join escalation_petition ep on ep.escalation_id = e.id"
                        + " join petition p on p.number = ep.petition_number where p.grid_code = :value"))
                .extracting(Leak::table).containsExactlyInAnyOrder("escalation", "escalation_petition", "petition");
        assertThat(check(owners, "supervision/Leaky.java", "supervision",
                "select l.GROUP_ID_, count(*) from ACT_RU_IDENTITYLINK l join ACT_RU_TASK t on t.ID_ = l.TASK_ID_"))
                .extracting(Leak::owner).containsOnly("(Camunda's engine)");
        assertThat(check(owners, "supervision/Fine.java", "supervision",
                "select count(*) from supervision_petition where community_code in (:communities)")).isEmpty();
        assertThat(check(owners, "escalation/Leaky.java", "escalation",
                "select p from Petition p where p.number = :number"))
                .as("a JPQL entity of another module").extracting(Leak::table).containsExactly("Petition");
        assertThat(check(owners, "escalation/Unknown.java", "escalation", "select * from nobody_knows"))
                .as("a table without a known owner is refused too").extracting(Leak::owner)
                .containsExactly("(no known owner)");
        assertThat(check(owners, "shared/Hidden.java", "shared", statements("""
                class X { String sql = "select BYTES_ from " + table + " where NAME_ like '%.form'"; }
                """).get(0))).as("a table named by a Java expression cannot be checked: refused")
                .extracting(Leak::table).containsExactly(EXPRESSION);
    }

    @Test
    void literalsJoinedAcrossConcatenationsAreOneStatement() {
        String java = """
                class X {
                    String a = "select count(*) from petition where " + where(selection) + " and status in (:open)";
                    String b = \"""
                            select * from meeting m
                            join deliberation d on m.deliberation_id = d.id\""";
                }
                """;
        assertThat(statements(java)).containsExactly(
                "select count(*) from petition where java_expression and status in (:open)",
                "select * from meeting m\njoin deliberation d on m.deliberation_id = d.id");
    }

    static List<Leak> check(Map<String, String> owners, String file, String module, String statement) {
        List<Leak> leaks = new ArrayList<>();
        for (String table : tables(statement)) {
            String owner = ownerOf(owners, table);
            if (!module.equals(owner)) {
                leaks.add(new Leak(file, module, table, owner, statement.replaceAll("\\s+", " ").trim()));
            }
        }
        return leaks;
    }

    private static String ownerOf(Map<String, String> owners, String table) {
        String name = table.toLowerCase(Locale.ROOT);
        String owner = owners.get(name);
        if (owner == null) {
            owner = owners.get("entity:" + table);
        }
        if (owner == null) {
            owner = FOREIGN_PREFIXES.entrySet().stream().filter(p -> name.startsWith(p.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse("(no known owner)");
        }
        return owner;
    }

    /** The tables (or JPQL entities) a statement names: JSqlParser's finding, and the tokenizer's where it fails. */
    static Set<String> tables(String statement) {
        Set<String> tables = new TreeSet<>();
        try {
            tables.addAll(TablesNamesFinder.findTables(statement));
        } catch (Exception | Error unparsed) {
            // a fragment joined around a Java expression, or JPQL the SQL parser does not know
        }
        Matcher after = TABLE_AFTER.matcher(statement);
        while (after.find()) {
            tables.add(after.group(1));
        }
        // a dotted name is a JPQL path (join d.subjects s), not a table; our SQL names no schema
        tables.removeIf(t -> t.contains(".") || t.equalsIgnoreCase("select") || t.equalsIgnoreCase("dual"));
        // JSqlParser reports a table with the case written; the tokenizer may report the same again
        Set<String> unique = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        unique.addAll(tables);
        return unique;
    }

    /** The statements of one Java file: literals joined across {@code +}, kept when they start like SQL or JPQL. */
    static List<String> statements(String java) {
        List<String> statements = new ArrayList<>();
        Matcher literal = LITERAL.matcher(java);
        StringBuilder current = null;
        int end = -1;
        while (literal.find()) {
            String text = literal.group(1) != null ? stripIndent(literal.group(1)) : unescape(literal.group(2));
            Matcher joined = JOINED.matcher(current == null ? "" : java.substring(end, literal.start()));
            if (current != null && joined.matches()) {
                current.append(joined.group(1) == null ? "" : EXPRESSION).append(text);
            } else {
                keep(statements, current);
                current = new StringBuilder(text);
            }
            end = literal.end();
        }
        keep(statements, current);
        return statements;
    }

    private static void keep(List<String> statements, StringBuilder candidate) {
        if (candidate != null && STATEMENT.matcher(candidate).find()) {
            statements.add(candidate.toString().strip());
        }
    }

    private static String stripIndent(String block) {
        return block.stripIndent();
    }

    private static String unescape(String literal) {
        return literal.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** Every table and entity by its owning module, from the entities' packages and the explicit map. */
    static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new HashMap<>(OWNED_WITHOUT_ENTITY);
        Pattern table = Pattern.compile("@Table\\(name = \"(\\w+)\"");
        Pattern collection = Pattern.compile("@CollectionTable\\(name = \"(\\w+)\"");
        Pattern entity = Pattern.compile("@Entity\\s+(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*public class (\\w+)");
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String java = Files.readString(file);
                Matcher e = entity.matcher(java);
                if (!e.find()) {
                    continue;
                }
                String module = MAIN.relativize(file).getName(0).toString();
                Matcher t = table.matcher(java);
                owners.put(t.find() ? t.group(1) : snake(e.group(1)), module);
                owners.put("entity:" + e.group(1), module);
                Matcher c = collection.matcher(java);
                while (c.find()) {
                    owners.put(c.group(1), module);
                }
            }
        }
        return owners;
    }

    private static String snake(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
