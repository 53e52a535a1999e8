package cn.gongzhi.workforce.process;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.TestDataJanitor;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The certificate processes through the engine's REST API as Tasklist uses it, on the demo records: a worker records
 * her own qualification and the office of her street confirms it (her grade steps up, reason QUALIFICATION); 张伟's
 * certificate, ending within 90 days, gets one renewal cycle however often the launcher looks, his task, and his head's
 * when the second reminder is due. Every refusal (403 for the wrong person, 400 naming the field) writes nothing.
 * The demo records are put back afterwards: other classes share the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CertificateProcessesApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String NUMBER = "ZJ20261101080999";
    /** The demo's certificates of 张伟 (ending within 90 days) and 马超 (ended a month ago). */
    private static final String ZHANGWEI = "ZL20211101080347";
    private static final String MACHAO = "ZL20201101080702";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    CertificateRenewalLauncher launcher;

    private TestDataJanitor janitor;
    private List<Map<String, Object>> qualifications;
    private List<Map<String, Object>> grades;
    private long lastGradeChange;

    @BeforeEach
    void note() {
        janitor = TestDataJanitor.before(jdbc, runtime);
        qualifications = jdbc.queryForList("select id, valid_until, renewed_on from worker_qualification");
        grades = jdbc.queryForList("select id, grade from community_worker");
        lastGradeChange = jdbc.queryForObject("select coalesce(max(id), 0) from worker_grade_change", Long.class);
    }

    @AfterEach
    void putBack() {
        janitor.restore();
        jdbc.update("delete from certificate_renewal");
        jdbc.update("delete from qualification_submission");
        jdbc.update("delete from worker_grade_change where id > ?", lastGradeChange);
        long lastQualification = qualifications.stream().mapToLong(q -> ((Number) q.get("id")).longValue()).max()
                .orElse(0);
        jdbc.update("delete from worker_qualification where id > ?", lastQualification);
        qualifications.forEach(q -> jdbc.update("update worker_qualification set valid_until = ?, renewed_on = ?"
                + " where id = ?", q.get("valid_until"), q.get("renewed_on"), q.get("id")));
        grades.forEach(w -> jdbc.update("update community_worker set grade = ? where id = ?", w.get("grade"),
                w.get("id")));
    }

    private String submit(HttpApi user, Map<String, Object> form, int status) {
        Response started = user.post("/engine-rest/process-definition/key/QualificationRecordProcess/submit-form",
                form);
        assertThat(started.status()).as(started.toString()).isEqualTo(status);
        return status == 200 ? started.json().get("id").asText() : null;
    }

    private static Map<String, Object> qualification(String level, LocalDate issuedOn) {
        return vars("level", level, "certificateNumber", NUMBER, "issuedOn", issuedOn.toString(),
                "validUntil", TODAY.plusYears(5).toString());
    }

    private long qualificationOf(String certificateNumber) {
        return jdbc.queryForObject("select id from worker_qualification where certificate_number = ?", Long.class,
                certificateNumber);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void aWorkerRecordsHerQualificationAndTheOfficeOfHerStreetConfirmsItWithHerGradeStep() {
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        String instance = submit(zhangwei, qualification("INTERMEDIATE", TODAY.minusDays(10)), 200);
        assertThat(jdbc.queryForObject("select certificate_number from qualification_submission", String.class))
                .isEqualTo(NUMBER);
        assertThat(zhangwei.get("/engine-rest/process-instance/" + instance + "/variables").body())
                .doesNotContain(NUMBER).doesNotContain("certificateNumber");

        HttpApi gaojian = HttpApi.as(port, "gaojian", "demo");
        JsonNode task = gaojian.onlyTask(instance);
        assertThat(task.get("name").asText()).isEqualTo("审核职业资格");
        String form = gaojian.get("/engine-rest/task/" + task.get("id").asText() + "/form-variables").body();
        assertThat(form).contains("************0999", "6 级").doesNotContain(NUMBER);

        // not the worker herself, nor a head of another community: only the office of her street
        for (String other : List.of("zhangwei", "zhoumin", "chenjing")) {
            Response refused = HttpApi.as(port, other, "demo").post("/engine-rest/task/" + task.get("id").asText()
                    + "/submit-form", vars("qualificationDecision", "CONFIRM"));
            assertThat(refused.status()).as(other + ": " + refused).isEqualTo(403);
        }
        assertThat(count("worker_qualification where certificate_number = '" + NUMBER + "'")).isZero();

        gaojian.submitOnlyTask(instance, vars("qualificationDecision", "CONFIRM"));
        JsonNode record = zhangwei.get("/api/workers/me").json();
        assertThat(record.get("qualification").asText()).isEqualTo("INTERMEDIATE");
        assertThat(record.get("grade").asInt()).as("社会工作师 2 steps over 助理社会工作师's 1").isEqualTo(6);
        JsonNode history = record.get("gradeHistory");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("reason").asText()).isEqualTo("QUALIFICATION");
        assertThat(last.get("changedBy").asText()).isEqualTo("gaojian");
        assertThat(record.toString()).contains("************0999").doesNotContain(NUMBER);
        assertThat(jdbc.queryForObject("select certificate_number from qualification_submission", String.class))
                .as("its one home is the qualification now").isNull();
    }

    @Test
    void aRejectionRecordsNothingButItsReasonAndRefusedSubmissionsStartNothing() {
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        int qualificationsBefore = count("worker_qualification");
        submit(zhangwei, qualification("SENIOR", TODAY.plusDays(1)), 400);
        submit(zhangwei, qualification("NONE", TODAY.minusDays(1)), 400);
        submit(zhangwei, vars("level", "SENIOR", "certificateNumber", "ZL20211101080347", "issuedOn",
                TODAY.minusDays(1).toString()), 400);
        submit(HttpApi.as(port, "gaojian", "demo"), qualification("SENIOR", TODAY.minusDays(1)), 403);
        submit(zhangwei, vars("level", "SENIOR", "certificateNumber", NUMBER, "issuedOn",
                TODAY.minusDays(1).toString(), "qualificationSubmissionId", 1), 403);
        assertThat(count("qualification_submission")).isZero();

        String instance = submit(zhangwei, qualification("SENIOR", TODAY.minusDays(3)), 200);
        HttpApi.as(port, "gaojian", "demo").submitOnlyTask(instance, vars("qualificationDecision", "REJECT",
                "rejectReason", "证书原件与登记的等级不符"));
        assertThat(count("worker_qualification")).isEqualTo(qualificationsBefore);
        assertThat(jdbc.queryForMap("select status, reject_reason, certificate_number from qualification_submission"))
                .containsEntry("STATUS", "REJECTED").containsEntry("REJECT_REASON", "证书原件与登记的等级不符")
                .containsEntry("CERTIFICATE_NUMBER", null);
    }

    @Test
    void zhangWeisCertificateGetsOneCycleHisTaskAndHisHeadsWhenIgnored() {
        assertThat(launcher.launch()).as("张伟's certificate ends within 90 days").isPositive();
        assertThat(launcher.launch()).as("the second look").isZero();
        assertThat(count("certificate_renewal where qualification_id = " + qualificationOf(ZHANGWEI))).isOne();
        assertThat(count("certificate_renewal where qualification_id = " + qualificationOf(MACHAO)))
                .as("马超's has ended: nothing to renew").isZero();
        String instance = jdbc.queryForObject("select process_instance_id from certificate_renewal"
                + " where qualification_id = ?", String.class, qualificationOf(ZHANGWEI));
        run(instance, null);
        run(instance, CertificateRenewalProcess.FIRST_REMINDER_DUE);

        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        JsonNode tasks = zhangwei.get("/engine-rest/task?assignee=zhangwei&processInstanceId=" + instance).json();
        assertThat(tasks.size()).isOne();
        assertThat(tasks.get(0).get("name").asText()).isEqualTo("办理证书注册续期");
        String renew = tasks.get(0).get("id").asText();

        run(instance, CertificateRenewalProcess.SECOND_REMINDER_DUE);
        JsonNode urge = HttpApi.as(port, "chenjing", "demo").get("/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=" + CertificateRenewalProcess.URGE).json();
        assertThat(urge.size()).as("his head's task").isOne();
        String urgeId = urge.get(0).get("id").asText();
        for (String other : List.of("zhaolei", "zhoumin", "zhangwei")) {
            Response refused = HttpApi.as(port, other, "demo").post("/engine-rest/task/" + urgeId + "/submit-form",
                    vars("urgeAction", "REMINDED", "urgeNote", "提醒了"));
            assertThat(refused.status()).as(other + ": " + refused).isEqualTo(403);
        }
        Response reminded = HttpApi.as(port, "chenjing", "demo").post("/engine-rest/task/" + urgeId + "/submit-form",
                vars("urgeAction", "REMINDED", "urgeNote", "已当面提醒本人本周办理"));
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(204);

        String oldEnd = jdbc.queryForObject("select valid_until from certificate_renewal where process_instance_id = ?",
                String.class, instance);
        Response early = zhangwei.post("/engine-rest/task/" + renew + "/submit-form", vars("renewedOn",
                TODAY.toString(), "validUntil", oldEnd));
        assertThat(early.status()).as("not after the old end: " + early).isEqualTo(400);
        assertThat(early.body()).contains("续期后的有效期须晚于原有效期");
        Response renewed = zhangwei.post("/engine-rest/task/" + renew + "/submit-form", vars("renewedOn",
                TODAY.toString(), "validUntil", TODAY.plusYears(3).toString()));
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(204);

        JsonNode certificate = zhangwei.get("/api/workers/me").json().get("qualifications").get(0);
        assertThat(certificate.get("validUntil").asText()).isEqualTo(TODAY.plusYears(3).toString());
        assertThat(certificate.get("renewedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(certificate.get("renewalDue").asBoolean()).isFalse();
        assertThat(jdbc.queryForMap("select status, urged_by, urge_action, renewed_by from certificate_renewal"
                + " where process_instance_id = ?", instance))
                .containsEntry("STATUS", "RENEWED").containsEntry("URGED_BY", "chenjing")
                .containsEntry("URGE_ACTION", "REMINDED").containsEntry("RENEWED_BY", "zhangwei");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(launcher.launch()).as("renewed: the next cycle comes when the new end is near").isZero();
    }

    /** Runs the instance's job at this activity (null: its only job, the asynchronous start). */
    private void run(String instance, String activity) {
        var query = management.createJobQuery().processInstanceId(instance);
        Job job = activity == null ? query.singleResult() : query.activityId(activity).singleResult();
        management.executeJob(job.getId());
    }
}
