package cn.gongzhi.workforce;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.registry.WorkerTraining;
import cn.gongzhi.registry.WorkerTraining.Attendance;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A course through the engine REST API as Tasklist does it, with the demo logins: 高建 (清河街道党工委) registers a
 * course; 张伟 (和园社区) and 马超 (柳树村) have it in their plans; after its last day 高建 records 张伟 attended and 马超
 * absent; 张伟 sees the hours on her record, 马超 none; a second crediting writes nothing. Refused on the way, each
 * writing nothing: hours out of range and an end before the start (400 naming the field), a community head
 * registering a course (403), the head recording attendance (403/404).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingCourseFlowTest {

    private static final String START = "/engine-rest/process-definition/key/TrainingCourseProcess/submit-form";
    private static final String TITLE = "社区应急管理实务";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ManagementService management;

    @Autowired
    WorkerTraining training;

    private Map<String, Object> course(Object hours, LocalDate starts, LocalDate ends) {
        return vars("title", TITLE, "provider", "区应急管理局", "hours", hours, "startsOn", starts.toString(),
                "endsOn", ends.toString());
    }

    private int courses() {
        return jdbc.queryForObject("select count(*) from training_course", Integer.class);
    }

    @Test
    void theStreetOfficeRegistersACourseAndCreditsItsAttendanceOnce() {
        HttpApi office = HttpApi.as(port, "gaojian", "demo");
        HttpApi head = HttpApi.as(port, "chenjing", "demo");
        LocalDate today = LocalDate.now(clock);
        int before = courses();

        Response tooLong = office.post(START, course(121, today, today));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asText()).contains("学时须在 1 至 120 小时之间");
        Response backwards = office.post(START, course(6, today, today.minusDays(1)));
        assertThat(backwards.status()).as(backwards.toString()).isEqualTo(400);
        assertThat(backwards.json().get("message").asText()).contains("结束不能早于开始");
        Response byHead = head.post(START, course(6, today, today));
        assertThat(byHead.status()).as(byHead.toString()).isEqualTo(403);
        assertThat(courses()).as("nothing registered by a refusal").isEqualTo(before);

        Response started = office.post(START, course(6, today, today));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String instance = started.json().get("id").asText();
        long courseId = jdbc.queryForObject("select max(id) from training_course where title = ?", Long.class, TITLE);
        long zhangwei = workerId("zhangwei");
        long machao = workerId("machao");
        try {
            jdbc.update("insert into training_plan_course (plan_id, course_id) select id, ? from training_plan"
                    + " where worker_id in (?, ?) and plan_year = ?", courseId, zhangwei, machao, today.getYear());
            Job ends = management.createJobQuery().processInstanceId(instance).singleResult();
            management.executeJob(ends.getId());

            JsonNode record = office.onlyTask(instance);
            assertThat(record.get("taskDefinitionKey").asText()).isEqualTo("Activity_RecordAttendance");
            Response byOther = head.post("/engine-rest/task/" + record.get("id").asText() + "/submit-form",
                    attendance("[]"));
            assertThat(byOther.status()).as(byOther.toString()).isIn(403, 404);
            Response missing = office.post("/engine-rest/task/" + record.get("id").asText() + "/submit-form",
                    attendance("[{\"worker\":\"" + zhangwei + "\",\"attended\":true}]"));
            assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
            assertThat(missing.json().get("message").asText()).contains("还没有登记马超的出勤");
            assertThat(credited(courseId)).isZero();

            office.submitOnlyTask(instance, attendance("[{\"worker\":\"" + zhangwei
                    + "\",\"attended\":true,\"certificate\":\"应急-2026-015\"},{\"worker\":\"" + machao
                    + "\",\"attended\":false,\"certificate\":\"\"}]"));
            assertThat(jdbc.queryForObject("select hours_credited from training_attendance where worker_id = ?"
                    + " and course_id = ?", Integer.class, zhangwei, courseId)).isEqualTo(6);
            assertThat(jdbc.queryForObject("select hours_credited from training_attendance where worker_id = ?"
                    + " and course_id = ?", Integer.class, machao, courseId)).isZero();
            assertThat(office.get("/engine-rest/process-instance/" + instance).status()).isEqualTo(404);
            JsonNode mine = HttpApi.as(port, "zhangwei", "demo").get("/api/workers/me").json();
            assertThat(mine.at("/training/credited").toString()).contains(TITLE);

            assertThat(training.credit(courseId, List.of(new Attendance(zhangwei, true, "again"),
                    new Attendance(machao, true, "again")), today)).as("credited once per worker and course").isZero();
            assertThat(credited(courseId)).isEqualTo(2);
        } finally {
            jdbc.update("delete from training_attendance where course_id = ?", courseId);
            jdbc.update("delete from training_plan_course where course_id = ?", courseId);
            jdbc.update("delete from training_course where id = ?", courseId);
        }
    }

    private static Map<String, Object> attendance(String rows) {
        return Map.of("variables", Map.of("attendance", Map.of("value", rows, "type", "Json")));
    }

    private int credited(long courseId) {
        return jdbc.queryForObject("select count(*) from training_attendance where course_id = ?", Integer.class,
                courseId);
    }

    private long workerId(String username) {
        return jdbc.queryForObject("select id from community_worker where username = ?", Long.class, username);
    }
}
