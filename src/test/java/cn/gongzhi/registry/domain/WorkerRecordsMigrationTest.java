package cn.gongzhi.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V20 moves the plain fields of community_worker (V1) into the workers' records and drops them: a row with the old
 * fields becomes a qualification record, a credited line marked MIGRATED and the first line of its grade history, and
 * nothing of it is lost.
 */
class WorkerRecordsMigrationTest {

    @Test
    void aWorkerRowWithTheOldFieldsBecomesTheNewRecords() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:v20-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        // V17 is the last migration before V20 on this branch (V18 and V19 are other work); the row is V1-shaped
        flyway(database, "17").migrate();
        int year = LocalDate.now().getYear();
        jdbc.update("INSERT INTO street (code, name) VALUES ('s', '街道')");
        jdbc.update("INSERT INTO community (code, name, type, street_id, households, adult_residents)"
                + " VALUES ('c', '社区', 'URBAN', 1, 10, 20)");
        jdbc.update("INSERT INTO community_worker (community_id, name, username, gender, post, grade, qualification,"
                + " certificate_issued, certificate_expires, training_hours, last_training, caseload_limit,"
                + " open_caseload) VALUES (1, '甲', 'jia', 'FEMALE', 'STAFF', 4, 'INTERMEDIATE', DATE '2021-06-30',"
                + " DATE '2027-06-29', 36, ?, 20, 0)", LocalDate.of(year, 1, 5));
        jdbc.update("INSERT INTO community_worker (community_id, name, username, gender, post, grade, qualification,"
                + " certificate_issued, certificate_expires, training_hours, last_training, caseload_limit,"
                + " open_caseload) VALUES (1, '乙', 'yi', 'MALE', 'HEAD', 9, 'NONE', NULL, NULL, 0, NULL, 20, 0)");

        flyway(database, "20").migrate();

        List<Map<String, Object>> qualifications = jdbc.queryForList("SELECT * FROM worker_qualification");
        assertThat(qualifications).hasSize(1).first().satisfies(q -> {
            assertThat(q.get("WORKER_ID")).isEqualTo(1L);
            assertThat(q.get("LEVEL")).isEqualTo("INTERMEDIATE");
            assertThat(q.get("ISSUED_ON").toString()).isEqualTo("2021-06-30");
            assertThat(q.get("VALID_UNTIL").toString()).isEqualTo("2027-06-29");
            assertThat(q.get("CERTIFICATE_NUMBER")).as("V1 held no number").isNull();
            assertThat(q.get("SOURCE")).isEqualTo("MIGRATED");
        });
        List<Map<String, Object>> credited = jdbc.queryForList("SELECT * FROM training_attendance");
        assertThat(credited).as("hours only where there were some").hasSize(1).first().satisfies(a -> {
            assertThat(a.get("WORKER_ID")).isEqualTo(1L);
            assertThat(a.get("COURSE_ID")).isNull();
            assertThat(a.get("HOURS_CREDITED")).isEqualTo(36);
            assertThat(a.get("CREDITED_ON").toString()).isEqualTo(LocalDate.of(year, 1, 5).toString());
            assertThat(a.get("ATTENDED")).isEqualTo(true);
            assertThat(a.get("SOURCE")).isEqualTo("MIGRATED");
        });
        assertThat(jdbc.queryForList("SELECT worker_id, from_grade, to_grade, reason, changed_by"
                + " FROM worker_grade_change ORDER BY worker_id").toString())
                .isEqualTo("[{WORKER_ID=1, FROM_GRADE=null, TO_GRADE=4, REASON=CORRECTION, CHANGED_BY=migration},"
                        + " {WORKER_ID=2, FROM_GRADE=null, TO_GRADE=9, REASON=CORRECTION, CHANGED_BY=migration}]");
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = 'COMMUNITY_WORKER'", String.class))
                .as("one home per fact: the old columns are gone")
                .doesNotContain("QUALIFICATION", "CERTIFICATE_ISSUED", "CERTIFICATE_EXPIRES", "TRAINING_HOURS",
                        "LAST_TRAINING")
                .contains("GRADE", "POST");
    }

    private static Flyway flyway(JdbcDataSource database, String target) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target)
                .placeholders(Map.of("event-publication-id", "UUID")).load();
    }
}
