package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionView;
import cn.gongzhi.petition.domain.PetitionIntakeRule;
import cn.gongzhi.petition.domain.PetitionIntakeRule.OwnPlace;
import cn.gongzhi.petition.process.ResidentPetitionProcess;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import cn.gongzhi.shared.process.Starter;
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
 * The Tasklist start form asks no community or grid: a recorder of one community files for it (a grid worker for her
 * grid); the hotline (or someone serving several communities) chooses in her first step among the communities she
 * may record for, by name, and among the chosen community's grids only. Demo registry: 和园社区 (three grids) and 柳树村
 * (two), one street.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PetitionIntakePlaceTest {

    private static final String START = "/engine-rest/process-definition/key/ResidentPetitionProcess/submit-form";

    @LocalServerPort
    int port;

    @Autowired
    PetitionService petitions;

    @Autowired
    PetitionIntakeRule intakeRule;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    cn.gongzhi.registry.RegistryService registry;

    /** Every community as the hotline is offered it: other tests of this context register communities of their own. */
    private List<String> allCommunities(boolean withNames) {
        return registry.communities().stream().map(c -> withNames ? c.code() + "=" + c.name() : c.code()).toList();
    }

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

    @Test
    void aGridWorkerRecordsForHerOwnCommunityAndGridWithoutBeingAsked() {
        String number = start("zhangwei");

        PetitionView petition = petitions.find(number).orElseThrow();
        assertThat(petition.place().communityCode()).isEqualTo("heyuan");
        assertThat(petition.place().gridCode()).isEqualTo("heyuan-g1");
        assertThat(openTask(number).getTaskDefinitionKey()).isEqualTo(ResidentPetitionProcess.CONTACT);
        // the task's row for Tasklist, set from the petition: no process variable copies it
        assertThat(taskService.getVariablesLocal(openTask(number).getId()))
                .containsEntry("matterNumber", number).containsEntry("matterCategory", "物业服务")
                .containsEntry("matterPlace", "和园社区 和园第一网格");
        assertThat(runtimeService.getVariables(openTask(number).getProcessInstanceId()))
                .doesNotContainKeys("matterNumber", "matterCategory", "matterPlace", "matterSummary");
    }

    @Test
    void aPartySecretaryRecordsForHerCommunityWithoutAGridSheDoesNotServe() {
        String number = start("wangfang");

        PetitionView petition = petitions.find(number).orElseThrow();
        assertThat(petition.place().communityCode()).isEqualTo("heyuan");
        assertThat(petition.place().gridCode()).isNull();
        assertThat(openTask(number).getTaskDefinitionKey()).isEqualTo(ResidentPetitionProcess.CONTACT);
    }

    @Test
    void theHotlineChoosesTheCommunityByNameAndOnlyThatCommunitysGrids() {
        HttpApi hotline = HttpApi.as(port, "qianhong", "demo");
        String number = start("qianhong");
        Task choose = openTask(number);
        assertThat(choose.getTaskDefinitionKey()).isEqualTo(ResidentPetitionProcess.CHOOSE_COMMUNITY);
        assertThat(choose.getAssignee()).isEqualTo("qianhong");
        assertThat(petitions.find(number).orElseThrow().place().communityCode()).isEmpty();

        // what her form offers, as Tasklist fetches it
        JsonNode form = hotline.get("/engine-rest/task/" + choose.getId() + "/form-variables?deserializeValues=false")
                .json();
        assertThat(options(form.get("communityOptions"))).startsWith("heyuan=和园社区", "liushu=柳树村")
                .containsExactlyElementsOf(allCommunities(true));
        JsonNode grids = tree(form.get("gridOptions"));
        assertThat(options(grids.get("heyuan"))).containsExactly("heyuan-g1=和园第一网格", "heyuan-g2=和园第二网格",
                "heyuan-g3=和园第三网格");
        assertThat(options(grids.get("liushu"))).containsExactly("liushu-g1=柳树村东片网格", "liushu-g2=柳树村西片网格");
        assertThat(form.get("caseSummary").get("value").asText()).contains(number, "物业服务", "待选择社区（村）",
                "138****8000", "李**").doesNotContain("13800138000", "李阿姨");

        Response otherGrid = hotline.post("/engine-rest/task/" + choose.getId() + "/submit-form",
                vars("community", "heyuan", "grid", "liushu-g1"));
        assertThat(otherGrid.status()).as(otherGrid.toString()).isEqualTo(400);
        assertThat(otherGrid.json().get("message").asText()).contains("所选网格", "柳树村东片网格", "不属于所选社区");
        Response notOffered = hotline.post("/engine-rest/task/" + choose.getId() + "/submit-form",
                vars("community", "atlantis"));
        assertThat(notOffered.status()).as(notOffered.toString()).isEqualTo(400);
        assertThat(notOffered.json().get("message").asText()).contains("所在社区（村）");
        assertThat(petitions.find(number).orElseThrow().place().communityCode()).as("nothing written").isEmpty();
        assertThat(openTask(number).getId()).isEqualTo(choose.getId());

        Response chosen = hotline.post("/engine-rest/task/" + choose.getId() + "/submit-form",
                vars("community", "heyuan", "grid", "heyuan-g2"));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(204);
        PetitionView petition = petitions.find(number).orElseThrow();
        assertThat(petition.place().communityCode()).isEqualTo("heyuan");
        assertThat(petition.place().gridCode()).isEqualTo("heyuan-g2");
        Task contact = openTask(number);
        assertThat(contact.getTaskDefinitionKey()).isEqualTo(ResidentPetitionProcess.CONTACT);
        assertThat(runtimeService.getVariables(contact.getProcessInstanceId()))
                .containsEntry("communityCode", "heyuan").doesNotContainKeys("community", "grid", "matterPlace");
        assertThat(taskService.getVariablesLocal(contact.getId())).containsEntry("matterPlace", "和园社区 和园第二网格");
    }

    @Test
    void aRecorderIsOfferedExactlyHerOwnCommunities() {
        Starter twoCommunities = new Starter("both", Set.of(GroupIds.workers("heyuan"), GroupIds.partyBranch("liushu")));
        assertThat(intakeRule.ownPlace(twoCommunities)).isEmpty();
        assertThat(intakeRule.communitiesToChoose(twoCommunities)).extracting(CommunityRef::code)
                .containsExactly("heyuan", "liushu");
        Starter oneCommunity = new Starter("sunli", Set.of(GroupIds.workers("liushu"), GroupIds.gridWorkers("liushu")));
        assertThat(intakeRule.ownPlace(oneCommunity)).contains(new OwnPlace("liushu", "liushu-g1"));
        assertThat(intakeRule.communitiesToChoose(oneCommunity)).extracting(CommunityRef::code)
                .containsExactly("liushu");
        assertThat(intakeRule.communitiesToChoose(new Starter("qianhong", Set.of(GroupIds.HOTLINE))))
                .extracting(CommunityRef::code).startsWith("heyuan", "liushu")
                .containsExactlyElementsOf(allCommunities(false));
        assertThat(intakeRule.communitiesToChoose(new Starter("water-liaison", Set.of(GroupIds.department("water")))))
                .isEmpty();
    }

    private String start(String user) {
        Response started = HttpApi.as(port, user, "demo").post(START, vars("category", "PROPERTY_MANAGEMENT",
                "location", "5号楼", "description", "电梯停运，回电 13800138000", "petitionerName", "李阿姨",
                "petitionerPhone", "13800138000"));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        return runtimeService.createProcessInstanceQuery().processInstanceId(started.json().get("id").asText())
                .singleResult().getBusinessKey();
    }

    private Task openTask(String number) {
        return taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    }

    /** A JSON variable as the engine REST API gives it: its value is the serialized JSON. */
    private static JsonNode tree(JsonNode variable) {
        JsonNode value = variable.get("value");
        try {
            return value.isTextual() ? new ObjectMapper().readTree(value.asText()) : value;
        } catch (Exception e) {
            throw new AssertionError(variable.toString(), e);
        }
    }

    private static List<String> options(JsonNode variable) {
        JsonNode list = variable.has("value") ? tree(variable) : variable;
        List<String> options = new ArrayList<>();
        list.forEach(o -> options.add(o.get("value").asText() + "=" + o.get("label").asText()));
        return options;
    }
}
