package cn.gongzhi;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.api.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database error no check caught (here: a trigger refusing the row as a column too narrow for it would, quoting
 * the value as H2 does) is answered 500 with no statement, no value and no driver message, in our API and in the
 * engine REST API alike, and the log names the error without the values either. Nothing is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class DatabaseErrorAnswersTest {

    /** A value that must appear nowhere after the failed write. */
    private static final String VALUE = "东门岗亭旁第三棵银杏树下";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ourApiAnswersAnUnexpectedDatabaseErrorWithoutTheValue(CapturedOutput log) {
        refuseInserts("petition", "location");
        long before = jdbc.queryForObject("select count(*) from petition", Long.class);
        Response filed = HttpApi.as(port, "qianhong", "demo").post("/api/petitions", body("category", "NOISE",
                "communityCode", "heyuan", "location", VALUE, "description", "夜间施工"));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(500);
        assertThat(filed.body()).contains("服务器内部错误").doesNotContain(VALUE, "LOCATION", "location", "insert",
                "SQL");
        assertThat(jdbc.queryForObject("select count(*) from petition", Long.class)).isEqualTo(before);
        assertThat(log.getAll()).contains("Database error in POST /api/petitions").doesNotContain(VALUE);
    }

    @Test
    void theEngineRestApiAnswersAnUnexpectedDatabaseErrorWithoutTheValue(CapturedOutput log) {
        HttpApi operator = HttpApi.as(port, "qianhong", "demo");
        Response filed = operator.post("/api/petitions", body("category", "PROPERTY_MANAGEMENT",
                "communityCode", "heyuan", "gridCode", "heyuan-g1", "location", "和园7号楼", "description", "夜间施工"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String number = filed.json().get("number").asText();
        refuseInserts("petition_event", "note");
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        String task = zhangwei.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0).get("id")
                .asText();

        Response done = zhangwei.post("/engine-rest/task/" + task + "/submit-form", vars("contactNote", VALUE));

        assertThat(done.status()).as(done.toString()).isEqualTo(500);
        assertThat(done.body()).contains("服务器内部错误").doesNotContain(VALUE, "NOTE", "insert", "SQL");
        assertThat(zhangwei.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0).get("id")
                .asText()).as("the task is still open").isEqualTo(task);
        assertThat(log.getAll()).contains("Database error in the engine REST API").doesNotContain(VALUE);
    }

    @AfterEach
    void dropTrigger() {
        jdbc.execute("drop trigger if exists gz_refuse_insert");
    }

    /** Makes every insert into the table fail as a value too long for its column would, quoting the value. */
    private void refuseInserts(String table, String column) {
        boolean h2 = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName()).equals("H2");
        jdbc.execute("create trigger gz_refuse_insert before insert on " + table + " for each row " + (h2
                ? "call '" + TooLong.class.getName() + "'"
                : "begin declare message varchar(255); set message = concat('Data too long for column: ', new." + column
                        + "); signal sqlstate '22001' set message_text = message; end"));
    }

    /** H2's side of the trigger: the message quotes the whole row, as H2's own "Value too long" does. */
    public static class TooLong implements Trigger {
        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            throw new SQLException("Value too long for column: " + Arrays.toString(newRow), "22001");
        }
    }
}
