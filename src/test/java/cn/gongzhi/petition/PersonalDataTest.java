package cn.gongzhi.petition;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A petitioner's phone and ID number never enter process variables or history, whichever channel the petition
 * came through, and no response shows them. Our petition table is the one place that holds them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataTest {

    private static final String PHONE = "13712340099";
    private static final String ID_NUMBER = "440304199001011233";
    private static final String NAME = "欧阳娜娜";

    /** Every text column of Camunda's tables that could hold a value, a description or a key. */
    private static final List<String> ENGINE_TEXT = List.of(
            "select count(*) from ACT_RU_VARIABLE where TEXT_ like ? or TEXT2_ like ? or NAME_ like ?",
            "select count(*) from ACT_HI_VARINST where TEXT_ like ? or TEXT2_ like ? or NAME_ like ?",
            "select count(*) from ACT_HI_DETAIL where TEXT_ like ? or TEXT2_ like ? or NAME_ like ?",
            "select count(*) from ACT_RU_TASK where DESCRIPTION_ like ? or NAME_ like ? or NAME_ like ?",
            "select count(*) from ACT_HI_TASKINST where DESCRIPTION_ like ? or NAME_ like ? or NAME_ like ?",
            "select count(*) from ACT_HI_OP_LOG where ORG_VALUE_ like ? or NEW_VALUE_ like ? or PROPERTY_ like ?",
            "select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ like ? or BUSINESS_KEY_ like ? or BUSINESS_KEY_ like ?");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService historyService;

    @Test
    void personalDataStaysInThePetitionTableThroughAFullRunFromEveryChannel() {
        String viaApi = fileThroughTheApi();
        String viaTasklist = fileThroughTheTasklistStartForm();
        for (String number : List.of(viaApi, viaTasklist)) {
            workToClosed(number);
        }

        for (String secret : List.of(PHONE, ID_NUMBER, NAME, "petitionerPhone", "petitionerIdNumber", "petitionerName")) {
            for (String query : ENGINE_TEXT) {
                String like = "%" + secret + "%";
                assertThat(jdbc.queryForObject(query, Integer.class, like, like, like))
                        .as("%s in: %s", secret, query).isZero();
            }
        }
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("petitionerPhone").count())
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from petition where petitioner_phone = ? and number in (?, ?)",
                Integer.class, PHONE, viaApi, viaTasklist)).isEqualTo(2);

        HttpApi staff = HttpApi.as(port, "demo", "demo");
        for (String number : List.of(viaApi, viaTasklist)) {
            String view = staff.get("/api/petitions/" + number).body();
            assertThat(view).doesNotContain(PHONE, ID_NUMBER, NAME).contains("137****0099");
            assertThat(HttpApi.anonymous(port).get("/public/petitions/" + number).body())
                    .doesNotContain(PHONE, "137****0099", ID_NUMBER);
            assertThat(HttpApi.anonymous(port).get("/open311/v2/requests/" + number + ".json").body())
                    .doesNotContain(PHONE, ID_NUMBER, NAME);
        }
    }

    private String fileThroughTheApi() {
        Response filed = HttpApi.as(port, "zhaolei", "demo").post("/api/petitions", Map.of("category",
                "PROPERTY_MANAGEMENT", "communityCode", "heyuan", "gridCode", "heyuan-g1", "location", "7号楼",
                "description", "楼道灯坏了，请打 " + PHONE + " 联系我", "petitionerName", NAME,
                "petitionerPhone", PHONE, "petitionerIdNumber", ID_NUMBER));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("number").asText();
    }

    private String fileThroughTheTasklistStartForm() {
        // zhangwei is the grid worker of 和园第一网格: the petition is filed there without the form naming it
        Response started = HttpApi.as(port, "zhangwei", "demo").post(
                "/engine-rest/process-definition/key/ResidentPetitionProcess/submit-form",
                vars("category", "PROPERTY_MANAGEMENT", "location", "8号楼", "description", "电梯异响，回电 " + PHONE,
                        "petitionerName", NAME, "petitionerPhone", PHONE, "petitionerIdNumber", ID_NUMBER));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String instance = started.json().get("id").asText();
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getBusinessKey();
    }

    private void workToClosed(String number) {
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        // workers write phone numbers into their notes too: the timeline keeps them, Camunda's history must not
        submit(zhangwei, number, vars("contactNote", "已联系，回电 " + PHONE));
        submit(zhangwei, number, vars("handlingOutcome", "RESOLVED", "measures", "已修复"));
        submit(HttpApi.as(port, "chenjing", "demo"), number, vars("resolved", true, "satisfaction", 5));
        assertThat(HttpApi.anonymous(port).get("/public/petitions/" + number).json().get("status").asText())
                .isEqualTo("CLOSED");
    }

    private void submit(HttpApi user, String number, Map<String, Object> variables) {
        String task = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0).get("id")
                .asText();
        Response done = user.post("/engine-rest/task/" + task + "/submit-form", variables);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }
}
