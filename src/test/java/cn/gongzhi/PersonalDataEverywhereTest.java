package cn.gongzhi;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.deliberation.web.MeetingFormSupport;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.SavePointJobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A phone number, an ID number and a landline, each in several spellings, go into every text field of a petition, a
 * village deliberation with an objection, a residents' consultation and a joint-meeting escalation, as the people who
 * work them would write them. Afterwards, and while they run, no answer any role can get, no row of any table
 * (Camunda's and ours, byte arrays included) and no line of the log holds one of them unmasked — except the
 * petition's own contact columns, the one place meant to keep the petitioner's phone and ID number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataEverywhereTest {

    private static final String PHONE = "13958203746";
    private static final String ID_NUMBER = "330106198807150410";
    /** The landline (0571) 8723-6490: its local part is what must not appear. */
    private static final String LANDLINE = "87236490";
    /** The three numbers as residents and workers spell them. */
    private static final String NUMBERS = "电话13958203746，+86 139 5820 3746，139-5820-3746，１３９５８２０３７４６，"
            + "身份证330106 19880715 0410、330106198807150410，座机(0571)8723-6490";

    /** Where the petitioner's own phone and ID number belong. */
    private static final Set<String> CONTACT_COLUMNS = Set.of("PETITION.PETITIONER_PHONE",
            "PETITION.PETITIONER_ID_NUMBER");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService historyService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    private final List<String> keys = new ArrayList<>();

    @Test
    void noPhoneOrIdNumberIsLeftUnmaskedAnywhereButThePetitionsContactColumns(CapturedOutput log) {
        String petition = petition();
        String deliberation = villageDeliberation();
        String consultation = residentsConsultation();
        String escalation = escalation();
        keys.addAll(List.of(petition, deliberation, consultation, escalation));

        assertThat(leaks(answers(petition, deliberation, escalation))).as("API answers").isEmpty();
        assertThat(leaks(tables())).as("table rows").isEmpty();
        // whatever logs a value, ours or a library's, message or stack trace, writes it masked
        LoggerFactory.getLogger("org.camunda.bpm.engine.context").warn("Value too long: '{}'",
                NUMBERS, new IllegalStateException("Data too long: " + NUMBERS));
        assertThat(log.getAll()).contains("Value too long: '电话139****3746", "Data too long: 电话139****3746");
        assertThat(leaks(Map.of("log", log.getAll()))).as("log").isEmpty();
        // the petition's contact columns did keep them: the scan above would have seen them
        assertThat(jdbc.queryForObject("select count(*) from petition where number = ? and petitioner_phone = ?"
                + " and petitioner_id_number = ?", Integer.class, petition, PHONE, ID_NUMBER)).isOne();
    }

    /**
     * A social-worker certificate's number is personal data too: whole only in its own column
     * ({@code WORKER_QUALIFICATION.CERTIFICATE_NUMBER}), masked in every answer any role gets about the workers, in no
     * other table and no log line.
     */
    @Test
    void aCertificateNumberIsWholeOnlyInItsOwnColumn(CapturedOutput log) {
        // a worker records a new certificate (QualificationRecordProcess): while her street's office verifies it, its
        // number is whole only in the submission's column, nowhere in the engine's tables or answers
        String submitted = "ZJ20261101080888";
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        Response started = zhangwei.post("/engine-rest/process-definition/key/QualificationRecordProcess/submit-form",
                vars("level", "INTERMEDIATE", "certificateNumber", submitted, "issuedOn",
                        LocalDate.now().minusDays(5).toString(), "validUntil", LocalDate.now().plusYears(5).toString()));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String instance = started.json().get("id").asText();
        Map<String, String> whileOpen = new LinkedHashMap<>(tables());
        whileOpen.remove("QUALIFICATION_SUBMISSION.CERTIFICATE_NUMBER");
        HttpApi gaojian = HttpApi.as(port, "gaojian", "demo");
        String task = gaojian.onlyTask(instance).get("id").asText();
        for (String path : List.of("/engine-rest/process-instance/" + instance + "/variables",
                "/engine-rest/history/variable-instance?processInstanceId=" + instance,
                "/engine-rest/history/detail?processInstanceId=" + instance, "/engine-rest/task/" + task
                        + "/form-variables")) {
            whileOpen.put(path, gaojian.get(path).body());
        }
        assertThat(whileOpen).allSatisfy((where, text) -> assertThat(text).as(where).doesNotContain(submitted));
        gaojian.submitOnlyTask(instance, vars("qualificationDecision", "REJECT", "rejectReason", "原件未带来"));
        List<String> numbers = new ArrayList<>(jdbc.queryForList("select certificate_number from worker_qualification"
                + " where certificate_number is not null", String.class));
        numbers.add(submitted);
        assertThat(numbers).as("the demo's certificates").isNotEmpty();
        Map<String, String> seen = new LinkedHashMap<>();
        for (String login : List.of("demo", "zhangwei", "chenjing", "zhoumin", "machao", "gaojian", "wangfang")) {
            HttpApi user = HttpApi.as(port, login, "demo");
            for (String path : List.of("/api/workers/me", "/api/workers", "/api/registry/workers")) {
                seen.put(login + " " + path, user.get(path).body());
            }
        }
        assertThat(seen.values()).as("answers").anySatisfy(body -> assertThat(body).contains("****"));
        Map<String, String> cells = new LinkedHashMap<>(tables());
        cells.remove("WORKER_QUALIFICATION.CERTIFICATE_NUMBER");
        seen.putAll(cells);
        seen.put("log", log.getAll());
        for (String number : numbers) {
            assertThat(seen).as(number).allSatisfy((where, text) -> assertThat(text).as(where)
                    .doesNotContain(number));
        }
    }

    @Test
    void theScanFindsEverySpellingItLooksFor() {
        // the scan would see a number that slipped through, however it is written
        for (String spelling : List.of("13958203746", "+86 139 5820 3746", "139-5820-3746", "１３９５８２０３７４６",
                "330106 19880715 0410", "(0571)8723-6490", "0571-8723 6490")) {
            assertThat(leaks(Map.of("sample", "说明：" + spelling + "。"))).as(spelling).isNotEmpty();
        }
        assertThat(leaks(Map.of("masked", Masking.text(NUMBERS)))).isEmpty();
    }

    // --- the runs

    private String petition() {
        // the hotline records it; its first step (the case shown, numbers and all) places it in 和园第一网格
        HttpApi hotline = HttpApi.as(port, "qianhong", "demo");
        String number = start(hotline, "ResidentPetitionProcess", vars("category", "PROPERTY_MANAGEMENT",
                "location", "和园5号楼 " + NUMBERS.substring(0, 40),
                "description", "楼道灯坏了。" + NUMBERS, "petitionerName", "欧阳娜娜", "petitionerPhone", PHONE,
                "petitionerIdNumber", ID_NUMBER));
        assertThat(leaks(runtime(number, hotline))).as("the case shown on the choose-community form").isEmpty();
        complete(hotline, number, vars("community", "heyuan", "grid", "heyuan-g1"));
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        // a form field saved on the task before the form is submitted stays in the engine until then
        String task = zhangwei.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0).get("id")
                .asText();
        Response saved = zhangwei.put("/engine-rest/task/" + task + "/variables/contactNote",
                Map.of("value", "草稿。" + NUMBERS, "type", "String"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(204);
        assertThat(leaks(runtime(number, zhangwei))).as("a draft on the task").isEmpty();
        complete(zhangwei, number, vars("contactNote", "已联系。" + NUMBERS));
        assertThat(leaks(runtime(number, zhangwei))).as("while the petition runs").isEmpty();
        complete(zhangwei, number, vars("handlingOutcome", "RESOLVED", "measures", "已修复。" + NUMBERS));
        complete(HttpApi.as(port, "chenjing", "demo"), number, vars("resolved", true, "satisfaction", 5,
                "callbackComment", "满意。" + NUMBERS));
        return number;
    }

    private String villageDeliberation() {
        HttpApi liming = HttpApi.as(port, "liming", "demo");
        String number = start(liming, "VillageDeliberationProcess", vars(
                "title", "村东道路硬化 " + NUMBERS, "plan", "硬化 1.2 公里。" + NUMBERS, "origin", "PARTY_BRANCH",
                "resolutionBody", "VILLAGER_REPRESENTATIVE_ASSEMBLY"));
        completeMeeting(liming, number, 4, 3, 1);
        assertThat(leaks(runtime(number, liming))).as("while the deliberation runs").isEmpty();
        completeMeeting(liming, number, 4, 3, 1);
        completeMeeting(liming, number, 12, 10, 1);
        SavePointJobs.pass(managementService);

        String notice = liming.get("/api/deliberations/" + number).json().get("notices").get(0).asText();
        keys.add(notice);
        Response objected = HttpApi.anonymous(port).withHeader("X-Forwarded-For", "203.0.113.91")
                .post("/api/disclosures/" + notice + "/objections", Map.of("content", "不同意。" + NUMBERS));
        assertThat(objected.status()).as(objected.toString()).isEqualTo(201);
        elapse(notice);
        complete(HttpApi.as(port, "mayuzhen", "demo"), notice, vars("objectionRuling", "DISMISSED",
                "rulingReasons", "已征求意见。" + NUMBERS));
        complete(liming, number, vars("implementationReport", "完工。" + NUMBERS));
        SavePointJobs.pass(managementService);
        String result = liming.get("/api/deliberations/" + number).json().get("notices").get(1).asText();
        keys.add(result);
        elapse(result);
        return number;
    }

    private String residentsConsultation() {
        HttpApi secretary = HttpApi.as(port, "wangfang", "demo");
        HttpApi director = HttpApi.as(port, "huangqiang", "demo");
        String number = start(secretary, "ResidentConsultationProcess", vars(
                "title", "加装电梯 " + NUMBERS, "plan", "两部电梯。" + NUMBERS, "topicSource", "RECURRING_PETITIONS",
                "resolutionBody", "RESIDENT_REPRESENTATIVE_ASSEMBLY"));
        complete(secretary, number, vars("topicDecision", "ACCEPTED", "reviewNote", "列入议程。" + NUMBERS));
        complete(director, number, Map.of("variables", Map.of("stakeholders",
                MeetingFormSupport.ticks(List.of("OWNERS_COMMITTEE")),
                "consultationAt", Map.of("value", java.time.LocalDate.now().plusDays(2) + "T19:00", "type", "String"),
                "consultationPlace", Map.of("value", "议事厅。" + NUMBERS, "type", "String"),
                "noticeText", Map.of("value", "议事厅。" + NUMBERS, "type", "String"))));
        complete(director, number, vars("participantCount", 23, "opinions", "同意。" + NUMBERS));
        completeMeeting(director, number, 6, 4, 1);
        complete(director, number, vars("implementationReport", "已安装。" + NUMBERS));
        SavePointJobs.pass(managementService);
        String notice = director.get("/api/deliberations/" + number).json().get("notices").get(0).asText();
        keys.add(notice);
        elapse(notice);
        complete(director, number, vars("feedback", "满意。" + NUMBERS));
        return number;
    }

    private String escalation() {
        HttpApi wangfang = HttpApi.as(port, "wangfang", "demo");
        HttpApi gaojian = HttpApi.as(port, "gaojian", "demo");
        Response started = wangfang.post("/engine-rest/process-definition/key/JointMeetingEscalationProcess/submit-form",
                vars("category", "NOISE", "reason", "夜间施工。" + NUMBERS, "triedSoFar", "劝阻。" + NUMBERS));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String instance = started.json().get("id").asText();
        // 和园社区 has open petitions: its secretary's first step chooses the community by name
        JsonNode first = wangfang.get("/engine-rest/task?processInstanceId=" + instance).json();
        if (first.size() == 1) {
            Response chosen = wangfang.post("/engine-rest/task/" + first.get(0).get("id").asText() + "/submit-form",
                    vars("community", "heyuan"));
            assertThat(chosen.status()).as(chosen.toString()).isEqualTo(204);
        }
        String number = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getBusinessKey();
        complete(gaojian, number, vars("convene", "CONVENE", "instructions", "召集住建。" + NUMBERS));
        complete(gaojian, number, vars("departments", "[\"housing\"]", "meetingTime",
                LocalDateTime.now().plusDays(2).withNano(0).toString()));
        complete(HttpApi.as(port, "housing-liaison", "demo"), number, vars("liaisonName", "联络员 +86 139 5820 3746"));
        elapse(number);
        String due = LocalDate.now().plusDays(5).toString();
        complete(gaojian, number, vars("attendance", "[\"housing\"]", "minutes", "会议记录。" + NUMBERS,
                "commitments", "[{\"department\":\"housing\",\"measure\":\"督促整改，回电 13958203746\","
                        + "\"dueDate\":\"" + due + "\"}]"));
        complete(HttpApi.as(port, "housing-liaison", "demo"), number, vars("completionReport", "已整改。" + NUMBERS));
        complete(gaojian, number, vars("ratings", "[{\"department\":\"housing\",\"onTime\":5,\"effective\":5,"
                + "\"cooperative\":4}]", "outcome", "噪声消除。" + NUMBERS));
        SavePointJobs.pass(managementService);
        return number;
    }

    /** Starts the process through its Tasklist start form; its record's number (the business key). */
    private String start(HttpApi user, String processKey, Map<String, Object> form) {
        Response started = user.post("/engine-rest/process-definition/key/" + processKey + "/submit-form", form);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        return historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(started.json().get("id").asText()).singleResult().getBusinessKey();
    }

    /** Completes a deliberation's meeting task: the first {@code present} on the roll ticked, numbers in the minutes. */
    private void completeMeeting(HttpApi user, String businessKey, int present, int votesFor, int votesAgainst) {
        String task = user.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).json().get(0).get("id")
                .asText();
        complete(user, businessKey, MeetingFormSupport.meeting(user, task, LocalDate.now().minusDays(1).toString(),
                present, votesFor, votesAgainst, 0, "会议记录。" + NUMBERS));
    }

    private void complete(HttpApi user, String businessKey, Map<String, Object> form) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
        assertThat(tasks.size()).as("%s: one task for the user", businessKey).isEqualTo(1);
        Response done = user.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form", form);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private void elapse(String businessKey) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .list().get(0).getId());
    }

    // --- what can be read

    /** What the engine REST API shows of a running instance to someone working it: variables, task, form. */
    private Map<String, String> runtime(String businessKey, HttpApi user) {
        Map<String, String> seen = new LinkedHashMap<>();
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
        for (HttpApi who : List.of(user, HttpApi.as(port, "demo", "demo"))) {
            for (String path : List.of("/engine-rest/variable-instance?processInstanceIdIn=" + instance,
                    "/engine-rest/process-instance/" + instance + "/variables",
                    "/engine-rest/task?processInstanceId=" + instance,
                    "/engine-rest/history/variable-instance?processInstanceId=" + instance,
                    "/engine-rest/history/detail?processInstanceId=" + instance)) {
                seen.put(path, who.get(path).body());
            }
            JsonNode tasks = who.get("/engine-rest/task?processInstanceId=" + instance).json();
            for (JsonNode task : tasks) {
                String path = "/engine-rest/task/" + task.get("id").asText() + "/form-variables";
                seen.put(path, who.get(path).body());
            }
        }
        return seen;
    }

    /** Every answer each role can get about the matters, after they ran. */
    private Map<String, String> answers(String petition, String deliberation, String escalation) {
        Map<String, String> seen = new LinkedHashMap<>();
        HttpApi anonymous = HttpApi.anonymous(port).withHeader("X-Forwarded-For", "203.0.113.92");
        List<String> publicPaths = new ArrayList<>(List.of("/api/disclosures", "/api/disclosures?view=archived",
                "/public/petitions/" + petition, "/open311/v2/requests.json",
                "/open311/v2/requests/" + petition + ".json"));
        keys.stream().filter(key -> key.startsWith("N-"))
                .forEach(notice -> publicPaths.add("/api/disclosures/" + notice));
        publicPaths.forEach(path -> seen.put("anonymous " + path, anonymous.get(path).body()));

        List<String> staffPaths = List.of("/api/petitions/" + petition, "/api/petitions?communityCode=heyuan",
                "/api/deliberations/" + deliberation, "/api/escalations/" + escalation,
                "/engine-rest/task", "/engine-rest/history/task?maxResults=500",
                "/engine-rest/history/variable-instance?maxResults=2000",
                "/engine-rest/history/detail?maxResults=2000", "/engine-rest/history/process-instance?maxResults=500",
                "/engine-rest/history/incident", "/engine-rest/history/job-log?maxResults=500",
                "/engine-rest/history/user-operation?maxResults=2000", "/api/supervision/overdue",
                "/api/supervision/overdue?format=csv");
        for (String login : List.of("demo", "zhangwei", "wangfang", "chenjing", "qianhong", "liming", "mayuzhen",
                "huangqiang", "gaojian", "housing-liaison")) {
            HttpApi user = HttpApi.as(port, login, "demo");
            for (String path : staffPaths) {
                seen.put(login + " " + path, user.get(path).body());
            }
            for (String key : keys) {
                for (HistoryPath path : HistoryPath.values()) {
                    historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list()
                            .forEach(instance -> seen.put(login + " " + path.of(instance.getId()),
                                    user.get(path.of(instance.getId())).body()));
                }
            }
        }
        return seen;
    }

    private enum HistoryPath {
        VARIABLES("/engine-rest/history/variable-instance?processInstanceId="),
        DETAILS("/engine-rest/history/detail?processInstanceId="),
        TASKS("/engine-rest/history/task?processInstanceId="),
        ACTIVITIES("/engine-rest/history/activity-instance?processInstanceId=");

        private final String prefix;

        HistoryPath(String prefix) {
            this.prefix = prefix;
        }

        String of(String instance) {
            return prefix + instance;
        }
    }

    /** Every text and byte value of every table, Camunda's and ours, by table.column (contact columns left out). */
    private Map<String, String> tables() {
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = schema() or table_schema = database()", String.class);
        assertThat(tables).as("tables scanned").anyMatch(t -> t.equalsIgnoreCase("ACT_HI_VARINST"))
                .anyMatch(t -> t.equalsIgnoreCase("petition"));
        String quote = jdbc.execute((Connection c) -> c.getMetaData().getIdentifierQuoteString());
        for (String table : tables) {
            jdbc.query("select * from " + quote + table + quote, rows -> {
                var meta = rows.getMetaData();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    String name = (table + "." + meta.getColumnName(column)).toUpperCase();
                    if (CONTACT_COLUMNS.contains(name)) {
                        continue;
                    }
                    Object value = rows.getObject(column);
                    String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                            : value instanceof Blob blob ? new String(blob.getBytes(1, (int) blob.length()),
                                    StandardCharsets.UTF_8)
                            : value instanceof Clob clob ? clob.getSubString(1, (int) clob.length())
                            : value instanceof String string ? string : null;
                    if (text != null) {
                        cells.merge(name, text, (a, b) -> a + "\n" + b);
                    }
                }
            });
        }
        return cells;
    }

    /** Where one of the numbers appears unmasked, in any spelling: what was read, with a piece of it. */
    private static List<String> leaks(Map<String, String> read) {
        List<String> found = new ArrayList<>();
        read.forEach((where, text) -> {
            if (text == null) {
                return;
            }
            String digits = normalised(text);
            for (String number : List.of(PHONE, ID_NUMBER, LANDLINE)) {
                int at = digits.indexOf(number);
                if (at >= 0) {
                    found.add(where + ": " + number + " in …" + digits.substring(Math.max(0, at - 40),
                            Math.min(digits.length(), at + 40)) + "…");
                }
            }
        });
        return found;
    }

    /** The text with full-width digits as ASCII and nothing between the digits that a spelling may put there. */
    private static String normalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (" -.()+（）＋－　\u00a0".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
