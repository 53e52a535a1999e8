package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CATEGORY;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.COMMUNITY_CODE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.ESCALATION_ID;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.ESCALATION_NUMBER;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.IS_BUNDLED;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.STREET_CODE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.WHISTLE_FILED;

import cn.gongzhi.escalation.domain.EscalationCases;
import cn.gongzhi.escalation.domain.EscalationCases.CaseView;
import cn.gongzhi.escalation.domain.Whistles;
import cn.gongzhi.escalation.domain.Whistles.Registered;
import cn.gongzhi.petition.EscalationContract;
import cn.gongzhi.shared.process.CommonVariables;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import org.camunda.spin.plugin.variable.value.JsonValue;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FieldRefusals;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** Activity_RegisterEscalation: opens the escalation, or bundles the petition into an open one on the same matter. */
@Component
class RegisterEscalationDelegate implements JavaDelegate {

    private static final List<String> START_FORM_TEXT = List.of("reason", "triedSoFar",
            JointMeetingEscalationProcess.RELATED_PETITIONS);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Whistles whistles;
    private final EscalationCases cases;

    RegisterEscalationDelegate(Whistles whistles, EscalationCases cases) {
        this.whistles = whistles;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // a person starting it is named by her login; a petition's request, started after its save point with nobody
        // acting, by the worker who asked
        String actor = Actors.current() != null ? Actors.current() : EscalationContract.REQUESTED_BY.get(execution);
        Registered escalation = FieldRefusals.translated(() -> whistles.register(execution.getVariables(),
                related(execution.getVariable(JointMeetingEscalationProcess.RELATED_PETITIONS)), actor,
                execution.getProcessInstanceId()));
        START_FORM_TEXT.forEach(execution::removeVariable);
        execution.removeVariable(EscalationContract.REQUESTED_BY.name());
        IS_BUNDLED.set(execution, escalation.bundled());
        ESCALATION_ID.set(execution, escalation.escalationId());
        ESCALATION_NUMBER.set(execution, escalation.number());
        if (escalation.bundled()) {
            return;
        }
        execution.setProcessBusinessKey(escalation.number());
        COMMUNITY_CODE.set(execution, escalation.communityCode());
        STREET_CODE.set(execution, escalation.streetCode());
        CATEGORY.set(execution, escalation.category());
        WHISTLE_FILED.set(execution, escalation.whistleFiled());
        CaseView matter = cases.caseView(escalation.escalationId());
        CommonVariables.MATTER_NUMBER.set(execution, matter.number());
        CommonVariables.MATTER_CATEGORY.set(execution, matter.categoryName());
        CommonVariables.MATTER_PLACE.set(execution, matter.communityName());
    }

    /** The petitions ticked on the first step (checked there against the chosen community's open ones). */
    private static List<String> related(Object value) {
        List<String> numbers = new ArrayList<>();
        if (value == null) {
            return numbers;
        }
        try {
            JsonNode list = value instanceof JsonValue json ? JSON.readTree(json.getValueSerialized())
                    : value instanceof Collection<?> c ? JSON.valueToTree(c) : JSON.readTree(value.toString());
            list.forEach(n -> numbers.add(n.asText()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new FormFieldValidationException(JointMeetingEscalationProcess.RELATED_PETITIONS,
                    "相关诉求只能从列表中选择");
        }
        return numbers;
    }
}
