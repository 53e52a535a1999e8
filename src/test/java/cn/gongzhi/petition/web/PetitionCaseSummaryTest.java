package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.petition.domain.PetitionCaseSummaries;
import cn.gongzhi.petition.domain.PetitionEscalations;
import cn.gongzhi.petition.process.ResidentPetitionProcess;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import cn.gongzhi.support.TestDataJanitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every petition form shows the case when its task opens ({@code caseSummary}): what the petition is and where, what
 * was done so far, and what the step at hand needs (why a department got it back, who is overdue, what to tell the
 * resident on the callback). Phone numbers stay masked however they were written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PetitionCaseSummaryTest {

    private static final String PHONE = "13912345678";
    private static final String MASKED = "139****5678";

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    /** Leaves no open petition behind: a worker's caseload decides whom other tests' petitions go to. */
    private TestDataJanitor janitor;

    @BeforeEach
    void noteTheData() {
        janitor = TestDataJanitor.before(jdbc, runtimeService);
    }

    @AfterEach
    void restoreTheData() {
        janitor.restore();
    }

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    PetitionCaseSummaries summaries;

    @Autowired
    PetitionEscalations escalations;

    @Test
    void eachStepShowsTheCaseAndWhatWasDoneSoFarWithPhonesMasked() {
        String number = file("PROPERTY_MANAGEMENT", "电梯停运三天，请回电 " + PHONE);
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");

        Task contact = task(number, ResidentPetitionProcess.CONTACT);
        assertThat(summary(contact)).contains("诉求 " + number, "物业服务", "和园社区 和园第一网格", "5号楼2单元",
                "电梯停运三天", MASKED, "王**", "首次联系时限", "办结时限").doesNotContain(PHONE, "王阿姨", "办理经过");

        complete(zhangwei, contact, vars("contactNote", "已联系，她留了备用电话 " + PHONE));
        Task handle = task(number, ResidentPetitionProcess.HANDLE);
        assertThat(summary(handle)).contains("办理经过", "联系诉求人", "张伟", "已联系，她留了备用电话 " + MASKED)
                .doesNotContain(PHONE);

        complete(zhangwei, handle, vars("handlingOutcome", "RESOLVED", "measures", "督促物业更换电梯控制板"));
        Task callback = task(number, ResidentPetitionProcess.CALLBACK);
        assertThat(summary(callback)).contains("回访时向诉求人说明", "办理措施", "督促物业更换电梯控制板")
                .doesNotContain("联席会议办理结果", PHONE);

        long petitionId = (Long) runtimeService.getVariable(callback.getProcessInstanceId(), "petitionId");
        escalations.resolved(petitionId, "联席会议：区住建委督促维保单位三日内完成改造，联系人电话 " + PHONE);
        assertThat(String.join("\n", summaries.caseSummary(petitionId, PetitionStep.CALLBACK)))
                .contains("**联席会议办理结果**（请告知诉求人）：联席会议：区住建委督促维保单位三日内完成改造，联系人电话 " + MASKED)
                .doesNotContain(PHONE);
    }

    @Test
    void theOverdueSupervisionShowsWhoIsLateWithWhat() {
        String number = file("PROPERTY_MANAGEMENT", "楼道灯不亮");
        Task contact = task(number, ResidentPetitionProcess.CONTACT);
        long petitionId = (Long) runtimeService.getVariable(contact.getProcessInstanceId(), "petitionId");

        assertThat(String.join("\n", summaries.caseSummary(petitionId, PetitionStep.SUPERVISION)))
                .contains("超期情况", "首次联系已超期", "办理人", "张伟");
    }

    @Test
    void aReturnedPetitionShowsTheDepartmentWhyItCameBack() {
        String number = file("ILLEGAL_CONSTRUCTION", "楼顶私搭乱建");
        Task answer = task(number, ResidentPetitionProcess.HANDLE_RETURNED);

        assertThat(summary(answer)).contains("退回理由", "负面清单", "违法建设", "楼顶私搭乱建");
    }

    private String file(String category, String description) {
        Response filed = HttpApi.as(port, "zhaolei", "demo").post("/api/petitions", body("category", category,
                "communityCode", "heyuan", "gridCode", "heyuan-g1", "location", "和园小区5号楼2单元", "description",
                description, "petitionerName", "王阿姨", "petitionerPhone", PHONE));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("number").asText();
    }

    private Task task(String number, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(step)
                .singleResult();
    }

    private String summary(Task task) {
        assertThat(task).as("the task is open").isNotNull();
        return (String) taskService.getVariableLocal(task.getId(), "caseSummary");
    }

    private void complete(HttpApi user, Task task, java.util.Map<String, Object> variables) {
        Response done = user.post("/engine-rest/task/" + task.getId() + "/submit-form", variables);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }
}
