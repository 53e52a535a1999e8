package cn.gongzhi.shared.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.FormView.Choice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mockito;

/** The one reader of form values: each rule at its boundary, every refusal naming its field. */
class FormInputTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void aNoteOfFourThousandCharactersIsTakenAndOneMoreIsRefused() {
        String note = "记".repeat(FormInput.NOTE_MAX);
        assertThat(FormInput.of(Map.of("minutes", "  " + note + "\n")).note("minutes", "请填写会议记录"))
                .as("trimmed, then counted").isEqualTo(note);
        assertThatThrownBy(() -> FormInput.of(Map.of("minutes", note + "记")).note("minutes", "请填写会议记录"))
                .isInstanceOf(InvalidFieldException.class).hasMessage("不能超过 4000 字")
                .extracting("field").isEqualTo("minutes");
    }

    @Test
    void anEmojiCountsAsTheColumnCountsIt() {
        String text = "a".repeat(9) + "😀";
        assertThatThrownBy(() -> FormInput.textOf(text, "liaisonName", 10)).hasMessage("不能超过 10 字");
        assertThat(FormInput.textOf(text, "liaisonName", 11)).isEqualTo(text);
    }

    @Test
    void blankIsMissing() {
        Map<String, Object> values = new HashMap<>();
        values.put("outcome", "   ");
        values.put("none", null);
        assertThatThrownBy(() -> FormInput.of(values).text("outcome", "请填写办理结果", 2000))
                .hasMessage("请填写办理结果").extracting("field").isEqualTo("outcome");
        assertThat(FormInput.of(values).optionalText("none", 10)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "见 <a href=x>链接</a>", "< img src=x>", "<!-- x -->",
            "JavaScript: void(0)"})
    void markupIsRefusedInEveryNote(String text) {
        assertThatThrownBy(() -> FormInput.of(Map.of("minutes", text)).note("minutes", "请填写会议记录"))
                .hasMessage("请只填写文字，不要包含 HTML 标记或脚本").extracting("field").isEqualTo("minutes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"水压 < 0.1 MPa", "1 <2", "**加粗** 与 [链接](x) 照原样保存", "139****5678"})
    void comparisonsAndMarkdownAreWordsAndStayAsWritten(String text) {
        assertThat(FormInput.of(Map.of("minutes", text)).note("minutes", "请填写会议记录")).isEqualTo(text);
    }

    @Test
    void aChoiceNotOfferedIsRefused() {
        VariableScope task = task(Map.of("departments", "[\"water\",\"police\"]"));
        FormView.offer(task, "departmentOptions", List.of(new Choice("water", "区水务局"),
                new Choice("housing", "区住建委")));
        FormInput form = FormInput.of(task);
        assertThatThrownBy(() -> form.chosenValues("departments", "召集部门", "departmentOptions", true))
                .hasMessage("召集部门只能从列出的选项中选择").extracting("field").isEqualTo("departments");
    }

    @Test
    void theOfferedChoicesAreTakenAndNoneIsRefusedWhenRequired() {
        VariableScope task = task(Map.of("departments", "[\"water\"]", "empty", "[]"));
        FormView.offer(task, "departmentOptions", List.of(new Choice("water", "区水务局")));
        FormInput form = FormInput.of(task);
        assertThat(form.chosenValues("departments", "召集部门", "departmentOptions", true)).containsExactly("water");
        assertThatThrownBy(() -> form.chosenValues("empty", "召集部门", "departmentOptions", true))
                .hasMessage("请选择召集部门");
    }

    @Test
    void oneOfFixedValues() {
        FormInput form = FormInput.of(Map.of("convene", "CONVENE", "other", "MAYBE"));
        assertThat(form.oneOf("convene", "请选择", "CONVENE", "RETURN")).isEqualTo("CONVENE");
        assertThatThrownBy(() -> form.oneOf("other", "请选择召集联席会议，或退回社区", "CONVENE", "RETURN"))
                .hasMessage("请选择召集联席会议，或退回社区").extracting("field").isEqualTo("other");
    }

    @Test
    void aDateBeforeTodayIsRefusedAndTodayIsTaken() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThat(FormInput.date("2026-11-30", "commitments", "第 1 项承诺：", "完成日期", today)).isEqualTo(today);
        assertThat(FormInput.date("2026-12-10T00:00", "commitments", "", "完成日期", today))
                .isEqualTo(LocalDate.of(2026, 12, 10));
        assertThatThrownBy(() -> FormInput.date("2026-11-29", "commitments", "第 1 项承诺：", "完成日期", today))
                .hasMessage("第 1 项承诺：完成日期 2026-11-29 已经过去").extracting("field").isEqualTo("commitments");
        assertThatThrownBy(() -> FormInput.date("30/11/2026", "commitments", "第 1 项承诺：", "完成日期", today))
                .hasMessage("第 1 项承诺：完成日期无效");
        assertThatThrownBy(() -> FormInput.date(" ", "commitments", "第 1 项承诺：", "完成日期", today))
                .hasMessage("第 1 项承诺：请选择完成日期");
    }

    @Test
    void aTimeIsChinaTimeAndAnOffsetIsConvertedIntoIt() {
        FormInput form = FormInput.of(Map.of("local", "2026-12-01T09:30", "utc", "2026-12-01T01:30:00Z",
                "bad", "明天上午"));
        LocalDateTime nineThirty = LocalDateTime.of(2026, 12, 1, 9, 30);
        assertThat(form.dateTime("local", "请选择", "无效", CHINA)).isEqualTo(nineThirty);
        assertThat(form.dateTime("utc", "请选择", "无效", CHINA)).isEqualTo(nineThirty);
        assertThatThrownBy(() -> form.dateTime("bad", "请选择", "请用日期时间选择器选择联席会议时间", CHINA))
                .hasMessage("请用日期时间选择器选择联席会议时间").extracting("field").isEqualTo("bad");
        assertThatThrownBy(() -> form.dateTime("missing", "请选择联席会议时间", "无效", CHINA))
                .hasMessage("请选择联席会议时间");
    }

    @Test
    void aScoreOutOfRangeIsRefusedAndTheBoundsAreTaken() {
        assertThat(FormInput.score(1, "ratings", "区水务局的“成效”")).isEqualTo(1);
        assertThat(FormInput.score("5", "ratings", "区水务局的“成效”")).isEqualTo(5);
        assertThat(FormInput.score(4.0, "ratings", "区水务局的“成效”")).isEqualTo(4);
        for (Object outOfRange : new Object[] {0, 6, "4.5", "五"}) {
            assertThatThrownBy(() -> FormInput.score(outOfRange, "ratings", "区水务局的“成效”")).as("%s", outOfRange)
                    .hasMessage("区水务局的“成效”评分须是 1 到 5 的整数").extracting("field").isEqualTo("ratings");
        }
        assertThatThrownBy(() -> FormInput.score(null, "ratings", "区水务局的“成效”"))
                .hasMessage("区水务局的“成效”还没有评分");
        assertThat(FormInput.integer(300, "attendees", "到会人数", 0, 300)).isEqualTo(300);
        assertThatThrownBy(() -> FormInput.integer(301, "attendees", "到会人数", 0, 300))
                .hasMessage("到会人数须是 0 到 300 的整数");
    }

    @Test
    void aCountOutsideItsRangeNamesTheRangeAndTheValue() {
        FormInput form = FormInput.of(Map.of("presentCount", 31, "votesFor", "2.5", "typed", "30"));
        assertThat(FormInput.of(Map.of("presentCount", 30)).count("presentCount", "请填写实到人数", 0, 30))
                .isEqualTo(30);
        assertThat(form.count("typed", "请填写实到人数", 0, 30)).isEqualTo(30);
        assertThatThrownBy(() -> form.count("presentCount", "请填写实到人数", 0, 30))
                .hasMessage("请填写实到人数（应在 0 至 30 之间，现为 31）").extracting("field").isEqualTo("presentCount");
        assertThatThrownBy(() -> form.count("votesFor", "请填写赞成票数", 0, 30)).hasMessage("请填写赞成票数");
        assertThatThrownBy(() -> form.count("missing", "请填写赞成票数", 0, 30)).hasMessage("请填写赞成票数");
    }

    @Test
    void rowsAreObjectsAndAnythingElseIsRefused() {
        FormInput form = FormInput.of(Map.of("commitments", "[{\"department\":\"water\",\"onTime\":5}]",
                "broken", "[1, 2]"));
        assertThat(form.rows("commitments", "部门承诺")).singleElement().satisfies(row -> {
            assertThat(row.cell("department")).isEqualTo("water");
            assertThat(row.raw("onTime")).isEqualTo(5);
            assertThat(row.cell("measure")).isNull();
        });
        assertThatThrownBy(() -> form.rows("broken", "部门承诺")).hasMessage("部门承诺的每一行须是一组填写项")
                .extracting("field").isEqualTo("broken");
    }

    /**
     * The note limit is one number wherever it is written: every form field longer than the short texts takes exactly
     * {@link FormInput#NOTE_MAX}, as do the note columns and the JSON request's description.
     */
    @Test
    void theNoteLimitIsTheSameInTheFormsTheColumnsAndTheRequests() throws IOException, ReflectiveOperationException {
        List<String> longFields = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path file : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
                collectMaxLengths(json.readTree(file.toFile()), file.getFileName().toString(), longFields);
            }
        }
        assertThat(longFields).as("forms whose fields take more than 2000 characters").isNotEmpty()
                .allSatisfy(f -> assertThat(f).endsWith("=" + FormInput.NOTE_MAX));
        int widest = 0;
        Pattern wide = Pattern.compile("VARCHAR\\((\\d{4,})\\)");
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : migrations.toList()) {
                Matcher m = wide.matcher(Files.readString(file));
                while (m.find()) {
                    widest = Math.max(widest, Integer.parseInt(m.group(1)));
                    assertThat(Integer.parseInt(m.group(1))).as("%s: %s", file.getFileName(), m.group())
                            .isLessThanOrEqualTo(FormInput.NOTE_MAX);
                }
            }
        }
        assertThat(widest).as("the note columns").isEqualTo(FormInput.NOTE_MAX);
        assertThat(cn.gongzhi.petition.domain.PetitionIntake.DESCRIPTION_MAX).isEqualTo(FormInput.NOTE_MAX);
        Size description = Class.forName("cn.gongzhi.petition.web.PetitionRequest").getDeclaredField("description")
                .getAnnotation(Size.class);
        assertThat(description.max()).as("PetitionRequest.description @Size").isEqualTo(FormInput.NOTE_MAX);
    }

    private static void collectMaxLengths(JsonNode node, String file, List<String> longFields) {
        JsonNode max = node.path("validate").path("maxLength");
        if (max.isInt() && max.asInt() > 2000) {
            longFields.add(file + ":" + node.path("key").asText() + "=" + max.asInt());
        }
        node.forEach(child -> collectMaxLengths(child, file, longFields));
    }

    /** A task scope holding these submitted values; options offered on it are kept as the engine keeps them. */
    private static VariableScope task(Map<String, Object> submitted) {
        Map<String, Object> local = new HashMap<>();
        VariableScope task = Mockito.mock(VariableScope.class);
        Mockito.when(task.getVariables()).thenReturn(new HashMap<>(submitted));
        Mockito.doAnswer(call -> local.put(call.getArgument(0), call.getArgument(1))).when(task)
                .setVariableLocal(Mockito.anyString(), Mockito.any());
        Mockito.when(task.getVariableLocal(Mockito.anyString())).thenAnswer(call -> local.get(call.getArgument(0)));
        return task;
    }
}
