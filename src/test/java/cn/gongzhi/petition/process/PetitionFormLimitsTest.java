package cn.gongzhi.petition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.petition.domain.PetitionHandling;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.FormInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/**
 * Each limit of a petition form's text is written once, in {@link PetitionForms}: the form files' {@code maxLength}
 * equal it, and the steps refuse one character more.
 */
class PetitionFormLimitsTest {

    /** Form file → field → the limit the step enforces. */
    private static final Map<String, Map<String, Integer>> LIMITS = Map.of(
            "contact-petitioner.form", Map.of("contactNote", PetitionForms.REMARK_MAX),
            "handle-petition.form", Map.of("measures", PetitionForms.REPORT_MAX,
                    "escalationReason", PetitionForms.REMARK_MAX),
            "call-back-petitioner.form", Map.of("callbackComment", PetitionForms.REMARK_MAX),
            "answer-returned-petition.form", Map.of("departmentResponse", PetitionForms.REPORT_MAX),
            "supervise-overdue-petition.form", Map.of("supervisionNote", PetitionForms.REMARK_MAX));

    @Test
    void theFormsTakeWhatTheStepsAccept() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (var form : LIMITS.entrySet()) {
            Map<String, Integer> found = new LinkedHashMap<>();
            collect(json.readTree(Path.of("forms", form.getKey()).toFile()), found);
            form.getValue().forEach((field, max) -> assertThat(found.get(field))
                    .as("%s: maxLength of %s", form.getKey(), field).isEqualTo(max));
        }
    }

    @Test
    void aStepRefusesOneCharacterMoreAndRecordsNothing() {
        PetitionHandling handling = mock(PetitionHandling.class);
        PetitionForms forms = mock(PetitionForms.class);
        DelegateTask task = mock(DelegateTask.class);
        when(task.getExecution()).thenReturn(mock(DelegateExecution.class));
        when(forms.petitionOf(task)).thenReturn(17L);
        ContactPetitionerStep step = new ContactPetitionerStep(forms, handling);

        assertThatThrownBy(() -> step.completed(task, FormInput.of(Map.of("contactNote",
                "联".repeat(PetitionForms.REMARK_MAX + 1))))).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining(String.valueOf(PetitionForms.REMARK_MAX));
        verify(handling, never()).contacted(anyLong(), any(), any());

        step.completed(task, FormInput.of(Map.of("contactNote", "联".repeat(PetitionForms.REMARK_MAX))));
        verify(handling).contacted(17L, null, "联".repeat(PetitionForms.REMARK_MAX));
    }

    private static void collect(JsonNode node, Map<String, Integer> found) {
        JsonNode max = node.path("validate").path("maxLength");
        if (max.isInt() && node.has("key")) {
            found.put(node.path("key").asText(), max.asInt());
        }
        node.forEach(child -> collect(child, found));
    }
}
