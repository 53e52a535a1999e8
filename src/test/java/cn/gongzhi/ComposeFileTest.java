package cn.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be started on the build machines (no Docker engine), so this test reads it: the
 * application service sets every variable application-mysql.yaml reads, and its database settings agree with the
 * mysql service.
 */
class ComposeFileTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    private static Map<String, Object> services;
    private static Map<String, Object> mysql;
    private static Map<String, Object> app;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
        mysql = (Map<String, Object>) services.get("mysql");
        app = (Map<String, Object>) services.get("gongzhi");
        assertThat(compose).containsKey("volumes");
    }

    @Test
    void applicationServiceSetsEveryVariableTheMysqlProfileReads() throws IOException {
        Set<String> read = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(Files.readString(Path.of("src/main/resources/application-mysql.yaml")));
        while (matcher.find()) {
            read.add(matcher.group(1));
        }
        assertThat(read).contains("MYSQL_URL", "MYSQL_USER", "MYSQL_PASSWORD", "GONGZHI_ADMIN_USER",
                "GONGZHI_ADMIN_PASSWORD");
        assertThat(env(app)).containsKeys(read.toArray(String[]::new));
        assertThat(env(app)).containsEntry("SPRING_PROFILES_ACTIVE", "mysql");
        assertThat(Files.readString(Path.of("src/main/resources/application-mysql.yaml")))
                .as("no default database password").contains("${MYSQL_PASSWORD}");
    }

    @Test
    void databaseSettingsAgreeWithTheMysqlService() {
        assertThat(mysql.get("image")).isEqualTo("mysql:8.4");
        assertThat(String.valueOf(mysql.get("command"))).contains("utf8mb4");
        assertThat(mysql).containsKey("healthcheck");
        assertThat(String.valueOf(mysql.get("volumes"))).contains("/var/lib/mysql");
        Map<String, Object> db = env(mysql);
        Map<String, Object> application = env(app);
        String url = String.valueOf(application.get("MYSQL_URL"));
        assertThat(url).startsWith("jdbc:mysql://mysql:3306/" + db.get("MYSQL_DATABASE") + "?")
                .contains("nullDatabaseMeansCurrent=true").contains("sendFractionalSeconds=false");
        assertThat(application.get("MYSQL_USER")).isEqualTo(db.get("MYSQL_USER"));
        assertThat(application.get("MYSQL_PASSWORD")).isEqualTo(db.get("MYSQL_PASSWORD"));
        assertThat(String.valueOf(application.get("GONGZHI_ADMIN_PASSWORD"))).as("no default admin password")
                .startsWith("${GONGZHI_ADMIN_PASSWORD:?");
        assertThat(String.valueOf(application.get("MYSQL_PASSWORD"))).as("no default database password")
                .startsWith("${MYSQL_PASSWORD:?");
        assertThat(String.valueOf(db.get("MYSQL_ROOT_PASSWORD"))).as("no default root password")
                .startsWith("${MYSQL_ROOT_PASSWORD:?");
        assertThat(mysql).as("the database is not published outside the compose network").doesNotContainKey("ports");
        assertThat(String.valueOf(app.get("depends_on"))).contains("service_healthy");
        assertThat(app.get("build")).isEqualTo(".");
        assertThat(Files.exists(Path.of("Dockerfile"))).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(Map<String, Object> service) {
        Object environment = service.get("environment");
        assertThat(environment).as("environment as a map").isInstanceOf(Map.class);
        return (Map<String, Object>) environment;
    }
}
