package cn.gongzhi.shared.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.FormView.Choice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FormViewTest {

    private final Map<String, Object> local = new HashMap<>();
    private VariableScope task;

    @BeforeEach
    void task() {
        task = mock(VariableScope.class);
        doAnswer(call -> local.put(call.getArgument(0), call.getArgument(1))).when(task)
                .setVariableLocal(anyString(), any());
        when(task.getVariableLocal(anyString())).thenAnswer(call -> {
            Object value = local.get(call.<String>getArgument(0));
            // the engine hands a JSON variable back as its value; here the typed value's serialized text stands in
            return value instanceof JsonValue json ? json.getValueSerialized() : value;
        });
        FormView.offer(task, "departmentOptions", List.of(new Choice("water", "区水务局"),
                new Choice("housing", "区住建局")));
    }

    @Test
    void offersLabelsAndValuesAsAJsonList() {
        assertThat(local.get("departmentOptions")).isInstanceOf(JsonValue.class);
        assertThat(((JsonValue) local.get("departmentOptions")).getValueSerialized())
                .isEqualTo("[{\"label\":\"区水务局\",\"value\":\"water\"},{\"label\":\"区住建局\",\"value\":\"housing\"}]");
        assertThat(FormView.offered(task, "departmentOptions")).extracting(Choice::label)
                .containsExactly("区水务局", "区住建局");
    }

    @Test
    void aChoiceMustBeOneOfThoseOffered() {
        assertThat(FormView.chosen(task, Map.of("department", "water"), "department", "部门", "departmentOptions",
                true)).contains(new Choice("water", "区水务局"));
        assertThatThrownBy(() -> FormView.chosen(task, Map.of("department", "police"), "department", "部门",
                "departmentOptions", true)).isInstanceOf(InvalidFieldException.class)
                .hasMessage("部门只能从列出的选项中选择");
        assertThatThrownBy(() -> FormView.chosen(task, Map.of(), "department", "部门", "departmentOptions", true))
                .hasMessage("请选择部门");
        assertThat(FormView.chosen(task, Map.of(), "department", "部门", "departmentOptions", false)).isEmpty();
    }

    @Test
    void everyTickedOptionMustHaveBeenOffered() {
        assertThat(FormView.chosenAll(task, Map.of("attendance", "[\"housing\",\"water\"]"), "attendance", "到会部门",
                "departmentOptions", true)).extracting(Choice::value).containsExactly("housing", "water");
        assertThat(FormView.chosenAll(task, Map.of("attendance", List.of("water")), "attendance", "到会部门",
                "departmentOptions", true)).extracting(Choice::value).containsExactly("water");
        assertThatThrownBy(() -> FormView.chosenAll(task, Map.of("attendance", List.of("water", "police")),
                "attendance", "到会部门", "departmentOptions", true)).hasMessage("到会部门只能从列出的选项中选择");
        assertThatThrownBy(() -> FormView.chosenAll(task, Map.of("attendance", "[]"), "attendance", "到会部门",
                "departmentOptions", true)).hasMessage("请选择到会部门");
        assertThatThrownBy(() -> FormView.chosenAll(task, Map.of("attendance", "water,housing"), "attendance",
                "到会部门", "departmentOptions", true)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void rowsAreObjects() {
        assertThat(FormView.rows(Map.of("commitments", List.of(Map.of("department", "water", "measure", "换管"))),
                "commitments", "部门承诺")).hasSize(1);
        assertThatThrownBy(() -> FormView.rows(Map.of("commitments", "[1,2]"), "commitments", "部门承诺"))
                .hasMessage("部门承诺的每一行须是一组填写项");
    }

    @Test
    void theSummaryIsMaskedAndDisplayVariablesStayOutOfHistory() {
        FormView.summary(task, List.of("**内容**：楼道漏水，电话 13812345678", ""));
        assertThat((String) local.get(FormView.SUMMARY)).contains("楼道漏水").doesNotContain("13812345678");
        assertThat(FormView.displayOnly("caseSummary")).isTrue();
        assertThat(FormView.displayOnly("departmentOptions")).isTrue();
        assertThat(FormView.displayOnly("attendance")).isFalse();
    }

    @Test
    void aPersonsWordsShowAsWordsNotAsMarkup() {
        assertThat(FormView.plain("请点[这里](https://x.example)核实\n# 紧急\n<img src=x onerror=alert(1)>", "；"))
                .isEqualTo("请点 这里 (https://x.example)核实；  紧急； img src=x onerror=alert(1)")
                .doesNotContain("[", "]", "<", ">", "#");
        assertThat(FormView.plain("回电 139****5678", "；")).isEqualTo("回电 139****5678");
        assertThat(FormView.plain(null, "；")).isEmpty();
    }
}
