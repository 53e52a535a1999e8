package cn.gongzhi;

import java.util.Map;

/**
 * What the benchmarks (SupervisionBenchmark, WorkflowBenchmark) share to start the application: the MariaDB settings
 * of the {@code mysql} and {@code mariadb} profiles, the login ({@code -Dbenchmark.mysql.user}, {@code
 * -Dbenchmark.mysql.password}; root without a password by default), and the command line they are passed as.
 */
public final class BenchmarkDatabase {

    private BenchmarkDatabase() {}

    public static String user() {
        return System.getProperty("benchmark.mysql.user", "root");
    }

    public static String password() {
        return System.getProperty("benchmark.mysql.password", "");
    }

    /** Points the application at a MariaDB database by its JDBC URL. */
    public static void useMariaDb(Map<String, Object> properties, String url) {
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user());
        properties.put("spring.datasource.password", password());
        properties.put("spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");
        properties.put("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", "false");
        properties.put("spring.jpa.properties.jakarta.persistence.database-product-name", "MariaDB");
        properties.put("spring.jpa.properties.jakarta.persistence.database-major-version", "10");
        properties.put("spring.jpa.properties.jakarta.persistence.database-minor-version", "11");
    }

    /** Command-line arguments: they outrank the test configuration's in-memory database. */
    public static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
