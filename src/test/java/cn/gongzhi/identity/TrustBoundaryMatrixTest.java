package cn.gongzhi.identity;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import cn.gongzhi.support.TableFingerprint;
import cn.gongzhi.support.TestDataJanitor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may do what, as data (docs/identity.md, "Who may do what"): every role of the demo registry × every action a
 * person can ask of the product — start each process, write a system variable, correlate each message, read each
 * record API, complete a step the procedure keeps from its doer, deploy each kind of forbidden model, change her own
 * login. Each cell asserts the exact status; a refused request writes nothing (every table a request could touch is
 * fingerprinted before and after it, as HostileInputTest does). Adding a process adds rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustBoundaryMatrixTest {

    /** The people of the demo registry, one of each kind. */
    enum Role {
        HEYUAN_GRID_WORKER("zhangwei"),
        HEYUAN_HEAD("chenjing"),
        HEYUAN_PARTY_SECRETARY("wangfang"),
        HEYUAN_COMMITTEE_DIRECTOR("huangqiang"),
        LIUSHU_GRID_WORKER("sunli"),
        LIUSHU_SECRETARY_AND_DIRECTOR("liming"),
        LIUSHU_SUPERVISION_COMMITTEE("mayuzhen"),
        STREET_SECRETARY("gaojian"),
        CONVENED_DEPARTMENT("housing-liaison"),
        OTHER_DEPARTMENT("water-liaison"),
        HOTLINE("qianhong"),
        DESIGNER("designer"),
        ADMINISTRATOR("demo");

        final String login;

        Role(String login) {
            this.login = login;
        }
    }

    /** One row: an action, the status most roles get, and the roles that get another. */
    record Action(String name, BiFunction<TrustBoundaryMatrixTest, Role, Supplier<Response>> request, int otherwise,
            Map<Role, Integer> except) {

        int expected(Role role) {
            return except.getOrDefault(role, otherwise);
        }
    }

    private static final List<Action> ACTIONS = new ArrayList<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    // the fixture: one record of each kind, each in its community
    String heyuanPetition;
    long heyuanPetitionId;
    String heyuanPetitionInstance;
    String heyuanContactTask;
    String liushuDeliberation;
    String heyuanEscalation;
    TableFingerprint tables;

    @Autowired
    RuntimeService runtimeService;

    TestDataJanitor janitor;

    @AfterAll
    void leaveTheSharedDatabaseAsFound() {
        janitor.restore();
    }

    @BeforeAll
    void fixture() {
        janitor = TestDataJanitor.before(jdbc, runtimeService);
        tables = new TableFingerprint(jdbc);
        heyuanPetition = file("qianhong", "heyuan", "heyuan-g1");
        heyuanPetitionId = jdbc.queryForObject("select id from petition where number = ?", Long.class, heyuanPetition);
        heyuanPetitionInstance = jdbc.queryForObject("select process_instance_id from petition where number = ?",
                String.class, heyuanPetition);
        heyuanContactTask = onlyTask("zhangwei", heyuanPetition);

        Response started = as("liming").post("/engine-rest/process-definition/key/VillageDeliberationProcess/submit-form",
                villageStartForm());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        liushuDeliberation = jdbc.queryForObject("select number from deliberation where process_instance_id = ?",
                String.class, started.json().get("id").asText());

        Response whistle = as("wangfang").post(
                "/engine-rest/process-definition/key/JointMeetingEscalationProcess/submit-form", whistleForm());
        assertThat(whistle.status()).as(whistle.toString()).isEqualTo(200);
        // 和园社区 has an open petition: its secretary's first step chooses the community by name
        JsonNode firstStep = as("wangfang").get("/engine-rest/task?processInstanceId="
                + whistle.json().get("id").asText()).json();
        if (firstStep.size() == 1) {
            Response chosen = as("wangfang").post("/engine-rest/task/" + firstStep.get(0).get("id").asText()
                    + "/submit-form", vars("community", "heyuan"));
            assertThat(chosen.status()).as(chosen.toString()).isEqualTo(204);
        }
        heyuanEscalation = jdbc.queryForObject("select number from escalation where process_instance_id = ?",
                String.class, whistle.json().get("id").asText());
        complete("gaojian", heyuanEscalation, vars("convene", "CONVENE", "instructions", "召集住建"));
        complete("gaojian", heyuanEscalation, vars("departments", "[\"housing\"]",
                "meetingTime", LocalDateTime.now().plusDays(2).withNano(0).toString()));
    }

    static Stream<Arguments> cells() {
        return ACTIONS.stream().flatMap(action -> Stream.of(Role.values()).map(role -> Arguments.of(
                Named.of(action.name() + " · " + role.name().toLowerCase() + " (" + role.login + ")", role),
                action)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void eachRoleGetsExactlyWhatTheProcedureGivesIt(Role role, Action action) {
        Supplier<Response> request = action.request().apply(this, role);
        Map<String, Object> before = tables.fingerprint();
        Response response = request.get();
        assertThat(response.status()).as("%s by %s: %s", action.name(), role.login, response)
                .isEqualTo(action.expected(role));
        if (response.status() >= 400) {
            assertThat(response.body()).as("a refusal says why").isNotBlank();
            assertThat(tables.fingerprint()).as("%s by %s was refused and wrote nothing", action.name(), role.login)
                    .isEqualTo(before);
        }
    }

    @Test
    void theMatrixCoversEveryProcessAndEveryKindOfAction() {
        assertThat(ACTIONS.stream().map(Action::name).distinct().count()).isEqualTo(ACTIONS.size());
        assertThat(ACTIONS.stream().map(Action::name).toList()).anyMatch(n -> n.contains("ResidentPetitionProcess"))
                .anyMatch(n -> n.contains("VillageDeliberationProcess"))
                .anyMatch(n -> n.contains("ResidentConsultationProcess"))
                .anyMatch(n -> n.contains("JointMeetingEscalationProcess"))
                .anyMatch(n -> n.contains("PublicDisclosureProcess"))
                .anyMatch(n -> n.contains("PartyMemberReportingProcess"))
                .anyMatch(n -> n.contains("UnitReportingProcess"))
                .anyMatch(n -> n.contains("PartyMemberMoveAwayProcess"))
                .anyMatch(n -> n.contains("CommunityServiceProcess"))
                .anyMatch(n -> n.contains("AnnualFeedbackProcess"))
                .anyMatch(n -> n.contains("TrainingCourseProcess"))
                .anyMatch(n -> n.contains("TrainingPlanProcess"))
                .anyMatch(n -> n.contains("QualificationRecordProcess"))
                .anyMatch(n -> n.contains("AnnualAppraisalProcess"));
        // no row lets everyone through by accident, and every role but an uninvolved department may do something
        for (Action action : ACTIONS) {
            assertThat(Stream.of(Role.values()).map(action::expected)).as(action.name()).anyMatch(s -> s >= 400);
        }
        for (Role role : Role.values()) {
            if (role != Role.OTHER_DEPARTMENT) {
                assertThat(ACTIONS.stream().map(a -> a.expected(role))).as(role.name()).anyMatch(s -> s < 300);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // The rows
    // ------------------------------------------------------------------------------------------------------------

    private static final Map<Role, Integer> HEYUAN_STAFF_200 = Map.of(Role.HEYUAN_GRID_WORKER, 200,
            Role.HEYUAN_HEAD, 200, Role.HEYUAN_PARTY_SECRETARY, 200, Role.HEYUAN_COMMITTEE_DIRECTOR, 200);

    static {
        // starting each process by hand
        // the start form names no community: each files for her own (PetitionIntakePlaceTest), the hotline chooses
        row("start ResidentPetitionProcess (Tasklist start form)", 403,
                with(HEYUAN_STAFF_200, Role.LIUSHU_GRID_WORKER, 200, Role.LIUSHU_SECRETARY_AND_DIRECTOR, 200,
                        Role.HOTLINE, 200, Role.ADMINISTRATOR, 200),
                (t, r) -> () -> t.as(r).post(start("ResidentPetitionProcess"), petitionStartForm()));
        row("start ResidentPetitionProcess naming the community (a system variable: the start form has none)", 403,
                Map.of(), (t, r) -> () -> t.as(r).post(start("ResidentPetitionProcess"), vars("category",
                        "PROPERTY_MANAGEMENT", "communityCode", "heyuan", "location", "5号楼", "description", "电梯停运")));
        row("start ResidentPetitionProcess naming an existing petition's id", 403, Map.of(),
                (t, r) -> () -> t.as(r).post("/engine-rest/process-definition/key/ResidentPetitionProcess/start",
                        Map.of("variables", Map.of("petitionId", Map.of("value", t.heyuanPetitionId, "type", "Long"),
                                "petitionNumber", Map.of("value", t.heyuanPetition),
                                "communityCode", Map.of("value", "heyuan"),
                                "communityType", Map.of("value", "URBAN"),
                                "category", Map.of("value", "PROPERTY_MANAGEMENT")))));
        row("start ResidentPetitionProcess with a business key of one's choosing", 403,
                with(Map.of(Role.HEYUAN_GRID_WORKER, 400, Role.HEYUAN_HEAD, 400, Role.HEYUAN_PARTY_SECRETARY, 400,
                        Role.HEYUAN_COMMITTEE_DIRECTOR, 400, Role.LIUSHU_GRID_WORKER, 400,
                        Role.LIUSHU_SECRETARY_AND_DIRECTOR, 400), Role.HOTLINE, 400, Role.ADMINISTRATOR, 400),
                (t, r) -> () -> t.as(r).post(start("ResidentPetitionProcess"), with(petitionStartForm(),
                        "businessKey", t.heyuanPetition)));
        row("start VillageDeliberationProcess for 柳树村", 403, Map.of(Role.LIUSHU_SECRETARY_AND_DIRECTOR, 200),
                (t, r) -> () -> t.as(r).post(start("VillageDeliberationProcess"), villageStartForm()));
        row("start ResidentConsultationProcess for 和园社区", 403, Map.of(Role.HEYUAN_HEAD, 200,
                Role.HEYUAN_PARTY_SECRETARY, 200, Role.HEYUAN_COMMITTEE_DIRECTOR, 200),
                (t, r) -> () -> t.as(r).post(start("ResidentConsultationProcess"), vars(
                        "title", "加装电梯议题", "plan", "5号楼加装电梯，费用按楼层分摊", "topicSource", "RESIDENTS",
                        "resolutionBody", "RESIDENT_REPRESENTATIVE_ASSEMBLY")));
        // the start form names no community: a Party secretary blows the whistle for her own (柳树村's for 柳树村); that
        // nobody can choose another community on the first step is EscalationFlowTest's and the process test's
        row("blow a whistle by hand: JointMeetingEscalationProcess by its start form", 403,
                Map.of(Role.HEYUAN_HEAD, 200, Role.HEYUAN_PARTY_SECRETARY, 200, Role.LIUSHU_SECRETARY_AND_DIRECTOR, 200),
                (t, r) -> () -> t.as(r).post(start("JointMeetingEscalationProcess"), whistleForm()));
        row("start PublicDisclosureProcess directly (a notice for 和园社区)", 403, Map.of(),
                (t, r) -> () -> t.as(r).post("/engine-rest/process-definition/key/PublicDisclosureProcess/start",
                        Map.of("variables", Map.of("communityCode", Map.of("value", "heyuan"),
                                "disclosureKind", Map.of("value", "OUTCOME"),
                                "disclosureTitle", Map.of("value", "决议公开：伪造"),
                                "disclosureContent", Map.of("value", "伪造的公告")))));

        // messages and signals from outside the engine
        row("correlate Message_EscalationRequested (JointMeetingEscalationProcess) for 和园社区's petition", 403,
                Map.of(), (t, r) -> () -> t.as(r).post("/engine-rest/message", Map.of("messageName",
                        "Message_EscalationRequested", "businessKey", t.heyuanPetition, "processVariables", Map.of(
                                "petitionNumber", Map.of("value", t.heyuanPetition),
                                "communityCode", Map.of("value", "heyuan"),
                                "category", Map.of("value", "PROPERTY_MANAGEMENT")))));
        row("correlate Message_EscalationResolved to 和园社区's petition (ResidentPetitionProcess)", 403, Map.of(),
                (t, r) -> () -> t.as(r).post("/engine-rest/message", Map.of("messageName", "Message_EscalationResolved",
                        "businessKey", t.heyuanPetition, "processVariables", Map.of("escalationOutcome",
                                Map.of("value", "已解决")))));
        row("correlate Message_AnnualFeedbackDue (AnnualFeedbackProcess): only the launcher starts it", 403, Map.of(),
                (t, r) -> () -> t.as(r).post("/engine-rest/message", Map.of("messageName",
                        "Message_AnnualFeedbackDue", "processVariables", Map.of("annualFeedbackId",
                                Map.of("value", 1, "type", "Long")))));
        row("correlate Message_ObjectionFiled (PublicDisclosureProcess) without a resident's objection", 403,
                Map.of(), (t, r) -> () -> t.as(r).post("/engine-rest/message", Map.of("messageName",
                        "Message_ObjectionFiled", "all", true)));
        row("throw a signal", 403, Map.of(), (t, r) -> () -> t.as(r).post("/engine-rest/signal", Map.of("name",
                "Signal_Anything")));

        // system variables
        row("set petitionId on 和园社区's contact task", 403, Map.of(),
                (t, r) -> () -> t.as(r).put("/engine-rest/task/" + t.heyuanContactTask + "/variables/petitionId",
                        Map.of("value", 1, "type", "Long")));
        row("set communityCode on 和园社区's petition instance", 403, Map.of(),
                (t, r) -> () -> t.as(r).put("/engine-rest/process-instance/" + t.heyuanPetitionInstance
                        + "/variables/communityCode", Map.of("value", "liushu")));
        row("complete 和园社区's contact task setting assignee", 403, Map.of(),
                (t, r) -> () -> t.as(r).post("/engine-rest/task/" + t.heyuanContactTask + "/complete",
                        vars("contactNote", "已联系", "assignee", "sunli")));
        row("submit 和园社区's contact form with a field it does not have", 403,
                Map.of(Role.HEYUAN_GRID_WORKER, 400, Role.HEYUAN_HEAD, 400),
                (t, r) -> () -> t.as(r).post("/engine-rest/task/" + t.heyuanContactTask + "/submit-form",
                        vars("contactNote", "已联系", "satisfaction", 5)));

        // reading records
        row("read 和园社区's petition (/api/petitions)", 404, with(HEYUAN_STAFF_200, Role.STREET_SECRETARY, 200,
                Role.HOTLINE, 200, Role.ADMINISTRATOR, 200),
                (t, r) -> () -> t.as(r).get("/api/petitions/" + t.heyuanPetition));
        row("read 柳树村's deliberation (/api/deliberations)", 404, Map.of(Role.LIUSHU_GRID_WORKER, 200,
                Role.LIUSHU_SECRETARY_AND_DIRECTOR, 200, Role.LIUSHU_SUPERVISION_COMMITTEE, 200,
                Role.STREET_SECRETARY, 200, Role.ADMINISTRATOR, 200),
                (t, r) -> () -> t.as(r).get("/api/deliberations/" + t.liushuDeliberation));
        row("read 和园社区's escalation (/api/escalations)", 404, with(HEYUAN_STAFF_200, Role.STREET_SECRETARY, 200,
                Role.CONVENED_DEPARTMENT, 200, Role.ADMINISTRATOR, 200),
                (t, r) -> () -> t.as(r).get("/api/escalations/" + t.heyuanEscalation));
        row("file a petition for 柳树村 through the staff API", 403, Map.of(Role.LIUSHU_GRID_WORKER, 201,
                Role.LIUSHU_SECRETARY_AND_DIRECTOR, 201, Role.HOTLINE, 201, Role.ADMINISTRATOR, 201),
                (t, r) -> () -> t.as(r).post("/api/petitions", body("category", "VILLAGE_ROADS", "communityCode", "liushu",
                        "gridCode", "liushu-g1", "location", "东口桥", "description", "桥面有坑")));

        // Open311 API clients: administrators only
        row("list the Open311 API clients", 403, Map.of(Role.ADMINISTRATOR, 200),
                (t, r) -> () -> t.as(r).get("/api/open311-clients"));
        row("make an Open311 API client with a quota of its own", 403, Map.of(Role.ADMINISTRATOR, 201),
                (t, r) -> () -> t.as(r).post("/api/open311-clients", body("name", "市民热线平台", "quota", 100000)));

        // separation of duties: the callback is someone else's than the contact's and the handling's
        row("call back a 和园社区 petition zhangwei contacted and handled", 403, Map.of(Role.HEYUAN_HEAD, 204),
                (t, r) -> {
                    String callback = t.callbackAfterZhangweiHandled();
                    return () -> t.as(r).post("/engine-rest/task/" + callback + "/submit-form",
                            vars("resolved", true, "satisfaction", 5));
                });

        // deployment is code
        deployment("a script task", "Script.bpmn", bpmn("""
                <scriptTask id="Activity_RunScript" scriptFormat="javascript"><script>1+1</script></scriptTask>"""));
        deployment("a camunda:class listener", "ClassListener.bpmn", bpmn("""
                <serviceTask id="Activity_CallClass" camunda:class="java.lang.Runtime"/>"""));
        deployment("an expression calling identityService", "MakeMeAdmin.bpmn", bpmn("""
                <serviceTask id="Activity_MakeAdmin"
                  camunda:expression="${identityService.createMembership('designer','camunda-admin')}"/>"""));
        deployment("an expression reaching the engine's services", "EngineServices.bpmn", bpmn("""
                <serviceTask id="Activity_Services"
                  camunda:expression="${execution.getProcessEngineServices().getIdentityService()}"/>"""));
        deployment("a delegate expression naming a bean that is not a delegate", "Delegate.bpmn", bpmn("""
                <serviceTask id="Activity_Runtime" camunda:delegateExpression="${runtimeService}"/>"""));
        deployment("a method of a variable (getClass)", "GetClass.bpmn", bpmn("""
                <serviceTask id="Activity_Reflect" camunda:expression="${communityCode.getClass().forName('x')}"/>"""));
        deployment("an embedded HTML form", "HtmlForm.bpmn", bpmn("""
                <userTask id="Activity_Html" camunda:formKey="embedded:deployment:steal.html"/>"""));
        deployment("a decision in JUEL", "Juel.dmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Juel"
                  name="juel" namespace="http://gongzhi.cn/test">
                  <decision id="Decision_Juel" name="juel">
                    <decisionTable id="DecisionTable_Juel">
                      <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="string"
                        expressionLanguage="juel"><text>${identityService}</text></inputExpression></input>
                      <output id="Output_1" name="result" typeRef="string"/>
                    </decisionTable>
                  </decision>
                </definitions>""");
        deployment("a CMMN case", "Case.cmmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/CMMN/20151109/MODEL" targetNamespace="http://gongzhi.cn">
                  <case id="Case_1"><casePlanModel id="CasePlanModel_1"/></case>
                </definitions>""");
        row("deploy a model that uses only what models may use", 403, Map.of(Role.DESIGNER, 200,
                Role.ADMINISTRATOR, 200), (t, r) -> () -> t.deploy(r, "Allowed.bpmn", bpmn("""
                        <userTask id="Activity_Review" camunda:candidateGroups="committee-${communityCode}"
                          camunda:dueDate="${escalationCollections.deadlineOf(commitmentId)}"/>""")));

        // logins
        row("delete one's own login", 403, Map.of(), (t, r) -> () -> t.as(r).delete("/engine-rest/user/" + r.login));
        // only an in-service Party member (for herself) or a work unit's contact reports: no role here is either; that
        // they may, and what they may not, is PartyMemberReportingFlowTest's
        row("report as a Party member: PartyMemberReportingProcess by its start form", 403, Map.of(),
                (t, r) -> () -> t.as(r).post(start("PartyMemberReportingProcess"), vars()));
        row("report a unit: UnitReportingProcess by its start form", 403, Map.of(),
                (t, r) -> () -> t.as(r).post(start("UnitReportingProcess"), vars()));
        // only a community's Party organisation records a move, and only while one of its members is active: the demo
        // registry has none, so every role is refused here; the branch's start with an active member, and what the
        // others are told, is PartyMemberReportingFlowTest's
        row("record a member's moving away: PartyMemberMoveAwayProcess by its start form", 403, Map.of(),
                (t, r) -> () -> t.as(r).post(start("PartyMemberMoveAwayProcess"), vars()));
        // a community's Party organisation or committee publishes a community service; an empty form is refused by
        // its first step (400), everyone else by the start rule (403); the rest is CommunityServiceFlowTest's
        row("publish a community service: CommunityServiceProcess by its start form", 403, Map.of(
                Role.HEYUAN_HEAD, 400, Role.HEYUAN_PARTY_SECRETARY, 400, Role.HEYUAN_COMMITTEE_DIRECTOR, 400,
                Role.LIUSHU_SECRETARY_AND_DIRECTOR, 400),
                (t, r) -> () -> t.as(r).post(start("CommunityServiceProcess"), vars()));
        // a community's Party organisation starts an annual feedback by hand (its form asks nothing; the unit and year
        // are chosen in its first step, and the duplicates refused there: the rest is AnnualFeedbackProcessTest's and
        // AnnualFeedbackFlowTest's); everyone else by the start rule (403), the street too (it starts nothing by hand)
        row("start an annual feedback by hand: AnnualFeedbackProcess by its start form", 403, Map.of(
                Role.HEYUAN_HEAD, 200, Role.HEYUAN_PARTY_SECRETARY, 200, Role.LIUSHU_SECRETARY_AND_DIRECTOR, 200),
                (t, r) -> () -> t.as(r).post(start("AnnualFeedbackProcess"), vars()));
        // the street office registers a training course (the empty form is refused naming the title, 400); the
        // yearly training plan is started by hand by a community's head or the street office, checked against the
        // records (a worker who is no head: 403); the rest is TrainingCourseFlowTest's and TrainingPlanFlowTest's
        row("register a training course: TrainingCourseProcess by its start form", 403, Map.of(
                Role.STREET_SECRETARY, 400), (t, r) -> () -> t.as(r).post(start("TrainingCourseProcess"), vars()));
        row("start a yearly training plan by hand: TrainingPlanProcess by its start form", 403, Map.of(
                Role.HEYUAN_HEAD, 200, Role.STREET_SECRETARY, 200),
                (t, r) -> () -> t.as(r).post(start("TrainingPlanProcess"), vars()));
        // the street office starts the yearly appraisal of its workers by hand (the street and year are chosen in its
        // first step; the rest is AnnualAppraisalFlowTest's); everyone else is refused by the start rule (403)
        // a community worker records her own new certificate (the empty form is refused naming the level, 400);
        // anyone who is no worker is refused by the start rule, checked against the records (403)
        row("record a new qualification: QualificationRecordProcess by its start form", 403, Map.of(
                Role.HEYUAN_GRID_WORKER, 400, Role.HEYUAN_HEAD, 400, Role.LIUSHU_GRID_WORKER, 400),
                (t, r) -> () -> t.as(r).post(start("QualificationRecordProcess"), vars()));
        row("start a workers' appraisal by hand: AnnualAppraisalProcess by its start form", 403, Map.of(
                Role.STREET_SECRETARY, 200), (t, r) -> () -> t.as(r).post(start("AnnualAppraisalProcess"), vars()));
        // a Party member's record is hers (and her unit contact's): no staff role is either; the rest is
        // MemberRecordApiTest's
        row("read one's own Party member record: GET /api/members/me", 403, Map.of(),
                (t, r) -> () -> t.as(r).get("/api/members/me"));
        row("read a work unit's members' records: GET /api/members/unit", 403, Map.of(),
                (t, r) -> () -> t.as(r).get("/api/members/unit"));
        // a community worker's professional record: hers, her community head's and her street office's, checked
        // against the records; the rest is WorkerRecordsApiTest's
        row("read one's own worker record: GET /api/workers/me", 403, Map.of(Role.HEYUAN_GRID_WORKER, 200,
                Role.HEYUAN_HEAD, 200, Role.LIUSHU_GRID_WORKER, 200),
                (t, r) -> () -> t.as(r).get("/api/workers/me"));
        row("read the workers' records one supervises: GET /api/workers", 403, Map.of(Role.HEYUAN_HEAD, 200,
                Role.STREET_SECRETARY, 200), (t, r) -> () -> t.as(r).get("/api/workers"));
        row("read a heyuan grid worker's record: GET /api/workers/{id}", 403, Map.of(Role.HEYUAN_GRID_WORKER, 200,
                Role.HEYUAN_HEAD, 200, Role.STREET_SECRETARY, 200), (t, r) -> () -> t.as(r).get("/api/workers/"
                + t.jdbc.queryForObject("SELECT id FROM community_worker WHERE username = 'zhangwei'", Long.class)));
        row("add oneself to camunda-admin", 403, Map.of(),
                (t, r) -> () -> t.as(r).put("/engine-rest/group/camunda-admin/members/" + r.login, Map.of()));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Builders
    // ------------------------------------------------------------------------------------------------------------

    private static void row(String name, int otherwise, Map<Role, Integer> except,
            BiFunction<TrustBoundaryMatrixTest, Role, Supplier<Response>> request) {
        ACTIONS.add(new Action(name, request, otherwise, except));
    }

    private static void deployment(String what, String file, String content) {
        row("deploy " + what, 403, Map.of(Role.DESIGNER, 400, Role.ADMINISTRATOR, 400),
                (t, r) -> () -> t.deploy(r, file, content));
    }

    private static Map<Role, Integer> with(Map<Role, Integer> base, Object... more) {
        Map<Role, Integer> all = new EnumMap<>(Role.class);
        all.putAll(base);
        for (int i = 0; i < more.length; i += 2) {
            all.put((Role) more[i], (Integer) more[i + 1]);
        }
        return all;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(base);
        all.put(key, value);
        return all;
    }

    private static String start(String key) {
        return "/engine-rest/process-definition/key/" + key + "/submit-form";
    }

    static Map<String, Object> petitionStartForm() {
        return vars("category", "PROPERTY_MANAGEMENT", "location", "5号楼", "description", "电梯停运");
    }

    static Map<String, Object> villageStartForm() {
        return vars("title", "修缮村东口桥", "plan", "村集体出资六成，群众自筹四成",
                "origin", "PARTY_BRANCH", "resolutionBody", "VILLAGER_REPRESENTATIVE_ASSEMBLY");
    }

    static Map<String, Object> whistleForm() {
        // a category no petition of the other tests escalates: an open whistle would take their petitions in
        return vars("category", "COMMUNITY_ENVIRONMENT", "reason", "小区垃圾长期无人清运",
                "triedSoFar", "约谈物业两次");
    }

    private static String bpmn(String element) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://gongzhi.cn/test">
                  <process id="Process_Matrix" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="StartEvent_Started"/>
                    <sequenceFlow id="Flow_Next" sourceRef="StartEvent_Started" targetRef="Activity_Next"/>
                    %s
                  </process>
                </definitions>""".formatted(element.replaceFirst("id=\"Activity_[A-Za-z]+\"", "id=\"Activity_Next\""));
    }

    HttpApi as(Role role) {
        return HttpApi.as(port, role.login, "demo");
    }

    private HttpApi as(String login) {
        return HttpApi.as(port, login, "demo");
    }

    Response deploy(Role role, String file, String content) {
        return as(role).deploy(file, content);
    }

    /** A fresh 和园社区 petition whose contact and handling zhangwei did: its callback task. */
    String callbackAfterZhangweiHandled() {
        String number = file("qianhong", "heyuan", "heyuan-g1");
        String contact = onlyTask("zhangwei", number);
        if (as("zhangwei").get("/engine-rest/task/" + contact).json().path("assignee").isNull()) {
            assertThat(as("zhangwei").post("/engine-rest/task/" + contact + "/claim", Map.of("userId", "zhangwei"))
                    .status()).isEqualTo(204);
        }
        complete("zhangwei", number, vars("contactNote", "已电话联系"));
        complete("zhangwei", number, vars("handlingOutcome", "RESOLVED", "measures", "督促物业维修"));
        return onlyTask("chenjing", number);
    }

    private String file(String operator, String community, String grid) {
        Response filed = as(operator).post("/api/petitions", body("category", "PROPERTY_MANAGEMENT", "communityCode",
                community, "gridCode", grid, "location", "5号楼", "description", "电梯停运"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("number").asText();
    }

    private String onlyTask(String login, String businessKey) {
        var tasks = as(login).get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
        assertThat(tasks.size()).as("tasks of %s for %s", businessKey, login).isEqualTo(1);
        return tasks.get(0).get("id").asText();
    }

    private void complete(String login, String businessKey, Map<String, Object> form) {
        Response done = as(login).post("/engine-rest/task/" + onlyTask(login, businessKey) + "/submit-form", form);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }
}
