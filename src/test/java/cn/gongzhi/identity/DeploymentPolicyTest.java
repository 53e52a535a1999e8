package cn.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Deployment is code (docs/processes/designing.md): every model we ship passes the same check a designer's model does,
 * and each kind of forbidden construct is refused naming the element and the attribute.
 */
@SpringBootTest
class DeploymentPolicyTest {

    @Autowired
    DeploymentPolicy policy;

    @Test
    void everyModelAndFormWeShipPassesTheCheck() throws IOException {
        List<Path> files;
        try (Stream<Path> models = Files.walk(Path.of("processes")); Stream<Path> forms = Files.walk(Path.of("forms"))) {
            files = Stream.concat(models, forms).filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(25);
        for (Path file : files) {
            assertThat(policy.check(file.getFileName().toString(), Files.readAllBytes(file))).as(file.toString())
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "script task | <scriptTask id=\"Activity_X\" scriptFormat=\"groovy\"><script>1</script></scriptTask> | 脚本任务",
            "Java class | <serviceTask id=\"Activity_X\" camunda:class=\"java.lang.Runtime\"/> | camunda:class",
            "class listener | <userTask id=\"Activity_X\"><extensionElements><camunda:taskListener event=\"create\" class=\"x.Y\"/></extensionElements></userTask> | class=",
            "script listener | <userTask id=\"Activity_X\"><extensionElements><camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"js\">1</camunda:script></camunda:taskListener></extensionElements></userTask> | camunda:script",
            "form handler class | <userTask id=\"Activity_X\" camunda:formHandlerClass=\"x.Handler\"/> | formHandlerClass",
            "form field validator | <userTask id=\"Activity_X\"><extensionElements><camunda:formData><camunda:formField id=\"f\" type=\"string\"><camunda:validation><camunda:constraint name=\"validator\" config=\"x.Validator\"/></camunda:validation></camunda:formField></camunda:formData></extensionElements></userTask> | validator",
            "external task | <serviceTask id=\"Activity_X\" camunda:type=\"external\" camunda:topic=\"t\"/> | camunda:t",
            "connector | <serviceTask id=\"Activity_X\"><extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></extensionElements></serviceTask> | 连接器",
            "engine services | <serviceTask id=\"Activity_X\" camunda:expression=\"${execution.getProcessEngineServices()}\"/> | execution",
            "Spring bean | <serviceTask id=\"Activity_X\" camunda:expression=\"${identityService.createUser('x')}\"/> | identityService",
            "bare Spring bean | <userTask id=\"Activity_X\" camunda:assignee=\"${runtimeService}\"/> | runtimeService",
            "property of an object | <userTask id=\"Activity_X\" camunda:assignee=\"${execution.processEngineServices}\"/> | 属性",
            "reflection | <userTask id=\"Activity_X\" camunda:assignee=\"${assignee.getClass()}\"/> | getClass",
            "function | <userTask id=\"Activity_X\" camunda:assignee=\"${dateTime()}\"/> | 函数",
            "not a delegate | <serviceTask id=\"Activity_X\" camunda:delegateExpression=\"${runtimeService}\"/> | delegateExpression",
            "delegate with a call | <serviceTask id=\"Activity_X\" camunda:delegateExpression=\"${closePetitionDelegate.toString()}\"/> | delegateExpression",
            "unknown model method | <userTask id=\"Activity_X\" camunda:dueDate=\"${escalationCollections.getClass()}\"/> | getClass",
            "embedded form | <userTask id=\"Activity_X\" camunda:formKey=\"embedded:deployment:x.html\"/> | formKey",
            "script condition | <sequenceFlow id=\"Flow_X\" sourceRef=\"StartEvent_Started\" targetRef=\"StartEvent_Started\"><conditionExpression language=\"javascript\">true</conditionExpression></sequenceFlow> | language",
            "expression in a field | <serviceTask id=\"Activity_X\" camunda:delegateExpression=\"${closePetitionDelegate}\"><extensionElements><camunda:field name=\"f\"><camunda:expression>${runtimeService.toString()}</camunda:expression></camunda:field></extensionElements></serviceTask> | runtimeService"
    })
    void aForbiddenConstructIsRefusedNamingWhereItIs(String what, String element, String named) {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://gongzhi.cn/test">
                  <process id="Process_Test" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="StartEvent_Started"/>
                    %s
                  </process>
                </definitions>""".formatted(element);
        assertThat(policy.check("Test.bpmn", model.getBytes(StandardCharsets.UTF_8))).as(what).hasValueSatisfying(
                reason -> assertThat(reason).contains(named).containsPattern("X|StartEvent"));
    }

    @Test
    void whatModelsMayUseIsAccepted() {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://gongzhi.cn/test">
                  <process id="Process_Test" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="StartEvent_Started"/>
                    <userTask id="Activity_Review" camunda:candidateGroups="committee-${communityCode}"
                      camunda:dueDate="${escalationCollections.reportDue(execution)}"
                      camunda:assignee="${empty assignee ? null : assignee}">
                      <extensionElements>
                        <camunda:taskListener event="complete" delegateExpression="${stepListener}"/>
                        <camunda:inputOutput>
                          <camunda:outputParameter name="quorum">${decisionResult.getSingleResult().getEntry('quorumReached')}</camunda:outputParameter>
                        </camunda:inputOutput>
                      </extensionElements>
                    </userTask>
                    <sequenceFlow id="Flow_Yes" sourceRef="StartEvent_Started" targetRef="Activity_Review">
                      <conditionExpression>${objectionCount &gt; 0 &amp;&amp; convene == 'CONVENE'}</conditionExpression>
                    </sequenceFlow>
                    <documentation>${anything} in prose is not evaluated</documentation>
                  </process>
                </definitions>""";
        assertThat(policy.check("Allowed.bpmn", model.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void decisionsAreFeelAndCasesAndOtherFilesAreRefused() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_D" name="d"
                  namespace="http://gongzhi.cn/test">
                  <decision id="Decision_D" name="d"><literalExpression id="LiteralExpression_D"
                    expressionLanguage="%s"><text>%s</text></literalExpression></decision>
                </definitions>""";
        assertThat(policy.check("D.dmn", dmn.formatted("feel", "1 + 1").getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(policy.check("D.dmn", dmn.formatted("juel", "${identityService}").getBytes(StandardCharsets.UTF_8)))
                .hasValueSatisfying(r -> assertThat(r).contains("FEEL").contains("LiteralExpression_D"));
        assertThat(policy.check("D.dmn", dmn.formatted("feel",
                "function(x) external { java: { class: \"java.lang.System\", method signature: \"exit(int)\" } }")
                .getBytes(StandardCharsets.UTF_8))).hasValueSatisfying(r -> assertThat(r).contains("external"));
        assertThat(policy.check("Case.cmmn", "<definitions/>".getBytes(StandardCharsets.UTF_8))).isPresent();
        assertThat(policy.check("steal.html", "<script/>".getBytes(StandardCharsets.UTF_8))).isPresent();
        assertThat(policy.check("x.js", "1".getBytes(StandardCharsets.UTF_8))).isPresent();
    }
}
