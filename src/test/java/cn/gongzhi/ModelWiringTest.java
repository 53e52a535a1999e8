package cn.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.shared.process.StepListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Every model in processes/ and every form in forms/ is one a process designer can open in Camunda Modeler and the
 * engine can run: it parses, keeps its diagram interchange, sets a history time to live, uses readable ids, and
 * names only delegate beans and forms that exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelWiringTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    /** Ids as Camunda Modeler generates them (Activity_0x1y2z3): meaningless in a log or in Cockpit. */
    private static final Pattern GENERATED_ID = Pattern.compile("_(?=[a-z]*[0-9])[0-9a-z]{7}$");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private static Map<Path, BpmnModelInstance> processes;
    private static Map<Path, DmnModelInstance> decisions;
    private static Map<String, JsonNode> forms;

    @Autowired
    ApplicationContext context;

    @Autowired
    RepositoryService repositoryService;

    @BeforeAll
    static void readModels() throws IOException {
        processes = new HashMap<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            processes.put(file, Bpmn.readModelFromFile(file.toFile()));
        }
        decisions = new HashMap<>();
        for (Path file : files(PROCESSES, ".dmn")) {
            decisions.put(file, Dmn.readModelFromFile(file.toFile()));
        }
        forms = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files(FORMS, ".form")) {
            JsonNode form = json.readTree(file.toFile());
            assertThat(form.path("id").asText()).as("%s has an id", file).isNotBlank();
            assertThat(forms.put(form.get("id").asText(), form)).as("form id %s is unique", form.get("id")).isNull();
        }
        assertThat(processes).as("models in processes/").isNotEmpty();
    }

    @Test
    void everyProcessIsExecutableWithHistoryTimeToLive() {
        processes.forEach((file, model) -> model.getModelElementsByType(Process.class).forEach(process -> {
            assertThat(process.isExecutable()).as("%s is executable", file).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s historyTimeToLive", file).isNotBlank();
            assertThat(file.getFileName().toString()).as("file named after its process id")
                    .isEqualTo(process.getId() + ".bpmn");
        }));
        decisions.forEach((file, model) -> model.getModelElementsByType(Decision.class).forEach(decision ->
                assertThat(decision.getCamundaHistoryTimeToLiveString()).as("%s %s historyTimeToLive", file,
                        decision.getId()).isNotBlank()));
    }

    @Test
    void everyModelKeepsItsDiagramInterchange() {
        processes.forEach((file, model) -> {
            Set<String> shapes = new java.util.HashSet<>();
            model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
            model.getModelElementsByType(BpmnEdge.class).forEach(e -> shapes.add(e.getBpmnElement().getId()));
            model.getModelElementsByType(FlowNode.class).forEach(node ->
                    assertThat(shapes).as("%s: shape of %s", file, node.getId()).contains(node.getId()));
            model.getModelElementsByType(SequenceFlow.class).forEach(flow ->
                    assertThat(shapes).as("%s: edge of %s", file, flow.getId()).contains(flow.getId()));
        });
    }

    @Test
    void idsAreReadable() {
        processes.forEach((file, model) -> model.getModelElementsByType(BaseElement.class).forEach(element -> {
            String id = element.getId();
            if (id != null) {
                assertThat(GENERATED_ID.matcher(id).find()).as("%s: generated id %s", file, id).isFalse();
            }
        }));
    }

    @Test
    void everyDelegateExpressionNamesABean() {
        processes.forEach((file, model) -> delegateExpressions(model).forEach(expression -> {
            Matcher bean = BEAN_EXPRESSION.matcher(expression);
            assertThat(bean.matches()).as("%s: delegate expression %s names one bean", file, expression).isTrue();
            assertThat(context.containsBean(bean.group(1))).as("%s: bean %s exists", file, bean.group(1)).isTrue();
        }));
    }

    /**
     * A model whose user tasks name their steps names one for every user task, each step has its handler, both of the
     * task's listeners are the step listener, and every handler is the step of some model. Every model with user
     * tasks names its steps: no user task routes through a listener of its own.
     */
    @Test
    void everyUserTaskOfAModelWithStepsDeclaresAStepThatHasAHandlerAndEveryHandlerIsUsed() {
        StepListener steps = context.getBean(StepListener.class);
        Set<String> used = new java.util.HashSet<>();
        Set<String> withoutSteps = new java.util.HashSet<>();
        processes.forEach((file, model) -> {
            var tasks = model.getModelElementsByType(UserTask.class);
            if (tasks.isEmpty()) {
                return;
            }
            if (tasks.stream().noneMatch(t -> StepListener.stepOf(t).isPresent() || !stepListeners(t).isEmpty())) {
                withoutSteps.add(file.getFileName().toString());
                return;
            }
            for (UserTask task : tasks) {
                Optional<String> step = StepListener.stepOf(task);
                assertThat(step).as("%s: user task %s declares its step (camunda:property \"step\")", file,
                        task.getId()).isPresent();
                assertThat(steps.steps()).as("%s: the step of %s has a handler", file, task.getId())
                        .contains(step.get());
                assertThat(stepListeners(task)).as("%s: %s calls the step listener when created and completed", file,
                        task.getId()).containsExactlyInAnyOrder("create", "complete");
                used.add(step.get());
            }
        });
        assertThat(used).as("every step handler is the step of a user task").containsAll(steps.steps());
        assertThat(withoutSteps).as("models whose user tasks name no steps").isEmpty();
        assertThat(used).as("the deliberation and disclosure models' steps").contains("chooseDeliberationCommunity",
                "proposePlan", "holdMeeting", "implementResolution", "revisePlan", "reviewTopic", "notifyStakeholders",
                "holdConsultation", "collectFeedback", "reviewObjections");
        assertThat(used).as("the petition model's steps").contains("choosePetitionCommunity", "contactPetitioner",
                "handlePetition", "callBackPetitioner", "answerReturnedPetition", "superviseOverduePetition");
    }

    /** The events on which a user task calls {@code ${stepListener}}. */
    private static List<String> stepListeners(UserTask task) {
        if (task.getExtensionElements() == null) {
            return List.of();
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                .filter(l -> "${stepListener}".equals(l.getCamundaDelegateExpression()))
                .map(CamundaTaskListener::getCamundaEvent).toList();
    }

    @Test
    void everyUserTaskAndStartFormRefersToADeployedForm() {
        Set<String> deployedForms = new java.util.HashSet<>();
        repositoryService.createDeploymentQuery().list().forEach(d -> repositoryService.getDeploymentResourceNames(d.getId())
                .stream().filter(n -> n.endsWith(".form")).forEach(deployedForms::add));
        assertThat(deployedForms).as("the .form files deploy with the models").isNotEmpty();
        processes.forEach((file, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("%s: user task %s has a formRef", file, task.getId())
                        .isNotBlank();
                assertFormExists(file, task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertFormExists(file, start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding());
                }
            }
        });
    }

    @Test
    void everyFormFieldHasAChineseLabelAndAChineseDescription() {
        forms.forEach((id, form) -> form.get("components").forEach(component -> {
            if (component.hasNonNull("key")) {
                assertThat(component.path("label").asText()).as("%s.%s label", id, component.get("key"))
                        .isNotBlank().matches(".*\\p{IsHan}.*");
                // staff read the description under the field: Chinese, with literal codes (heyuan) where they help
                assertThat(component.path("description").asText()).as("%s.%s description", id, component.get("key"))
                        .isNotBlank().matches(".*\\p{IsHan}.*").doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}");
            }
        }));
    }

    @Test
    void everyFormSubmitsExactlyTheFieldsItsProcessContractAccepts() {
        Map<String, cn.gongzhi.shared.process.ProcessContract> contracts = new HashMap<>();
        context.getBeansOfType(cn.gongzhi.shared.process.ProcessContract.class).values()
                .forEach(c -> contracts.put(c.key(), c));
        processes.forEach((file, model) -> model.getModelElementsByType(Process.class).forEach(process -> {
            var contract = contracts.get(process.getId());
            assertThat(contract).as("%s has a contract", process.getId()).isNotNull();
            Set<String> withForms = new java.util.HashSet<>();
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(contract.formFields(task.getId())).as("%s: the fields form %s of %s submits", file,
                        task.getCamundaFormRef(), task.getId()).isEqualTo(keys(forms.get(task.getCamundaFormRef())));
                withForms.add(task.getId());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(contract.formFields(start.getId())).as("%s: start form of %s", file, start.getId())
                            .isEqualTo(keys(forms.get(start.getCamundaFormRef())));
                    assertThat(contract.startEvent()).as("%s: the start event people start at", file)
                            .isEqualTo(start.getId());
                    withForms.add(start.getId());
                }
            }
            assertThat(withForms).as("%s: every form the contract names is in the model", file)
                    .containsAll(contract.forms().keySet());
        }));
    }

    /** Text that asks a person to type what the system knows: a code, an id, a number to look up, a date, a format. */
    private static final java.util.regex.Pattern ASKS_FOR_A_CODE = java.util.regex.Pattern.compile(
            "编码|代码|编号|日期|时间|每行|逗号|分隔|格式|例如 [a-z]");
    private static final java.util.regex.Pattern CODE_KEY = java.util.regex.Pattern.compile(
            "(?i).*(code|codes|id|ids|date|time|number|numbers|list)$");

    @Test
    void noFormAsksStaffToTypeACodeAnIdADateOrALineFormat() {
        forms.forEach((id, form) -> components(form).forEach(component -> {
            String type = component.path("type").asText();
            if (!Set.of("textfield", "textarea").contains(type)
                    || "contact".equals(component.path("properties").path("dataKind").asText())) {
                return; // a petitioner's own contact data is typed as she gives it
            }
            String key = component.path("key").asText();
            assertThat(key).as("%s: text field %s names a code, an id or a date: make it a choice or a picker", id,
                    key).doesNotMatch(CODE_KEY);
            String text = component.path("label").asText() + " " + component.path("description").asText();
            assertThat(ASKS_FOR_A_CODE.matcher(text).find()).as("%s.%s asks to type a code, a date or a format: %s",
                    id, key, text).isFalse();
        }));
    }

    @Test
    void everyChoiceFromAVariableIsFilledByTheServer() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file));
            }
            sources = all.toString();
        }
        forms.forEach((id, form) -> components(form).forEach(component -> {
            String valuesKey = component.path("valuesKey").asText("");
            if (valuesKey.isEmpty()) {
                return;
            }
            assertThat(valuesKey).as("%s.%s: options variables end with Options (they stay out of history)", id,
                    component.path("key").asText()).endsWith(cn.gongzhi.shared.process.FormView.OPTIONS_SUFFIX);
            assertThat(sources).as("%s.%s: some listener or delegate offers %s (FormView.offer)", id,
                    component.path("key").asText(), valuesKey).contains("\"" + valuesKey + "\"");
        }));
    }

    /** Every component of a form, nested ones included. */
    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        container.path("components").forEach(component -> {
            all.add(component);
            all.addAll(components(component));
        });
        return all;
    }

    /**
     * The variables a Camunda Form submits: each field's key, groups included; a dynamic list submits its rows as one
     * variable named by its path, not its fields' keys.
     */
    private static Set<String> keys(JsonNode form) {
        Set<String> keys = new java.util.HashSet<>();
        form.path("components").forEach(component -> {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            if (component.hasNonNull("path") && !component.path("path").asText().isEmpty()) {
                keys.add(component.get("path").asText());
            } else {
                keys.addAll(keys(component));
            }
        });
        return keys;
    }

    private static void assertFormExists(Path file, String elementId, String formRef, String binding) {
        assertThat(binding).as("%s: %s binds its form to the deployment", file, elementId).isEqualTo("deployment");
        assertThat(forms).as("%s: %s refers to form %s", file, elementId, formRef).containsKey(formRef);
    }

    /** delegateExpression attributes anywhere: service tasks, execution and task listeners. */
    private static List<String> delegateExpressions(BpmnModelInstance model) {
        List<String> expressions = new ArrayList<>();
        collect(model.getDocument().getRootElement(), expressions);
        return expressions;
    }

    private static void collect(DomElement element, List<String> expressions) {
        String expression = element.getAttribute(CAMUNDA_NS, "delegateExpression");
        if (expression != null) {
            expressions.add(expression);
        }
        element.getChildElements().forEach(child -> collect(child, expressions));
    }

    private static List<Path> files(Path directory, String suffix) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
