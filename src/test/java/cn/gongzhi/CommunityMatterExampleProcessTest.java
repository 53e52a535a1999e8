package cn.gongzhi;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The platform's example model: one matter, reviewed by its own community's workers. */
@Deployment(resources = {"processes/CommunityMatterExample.bpmn", "forms/review-matter.form"})
class CommunityMatterExampleProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .assertClassCoverageAtLeast(1.0).build();

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @Test
    void matterIsReviewedByItsOwnCommunitysWorkers() {
        ProcessInstance matter = engine.getRuntimeService().startProcessInstanceByKey("CommunityMatterExample",
                Map.of("communityCode", "heyuan", "matterSummary", "3号楼路灯不亮"));

        assertThat(matter).isWaitingAt("Activity_ReviewMatter");
        assertThat(task(matter)).hasCandidateGroup("workers-heyuan");
        complete(task(matter), withVariables("reviewComment", "已通知物业维修"));

        assertThat(matter).hasPassedInOrder("StartEvent_MatterRaised", "Activity_ReviewMatter",
                "EndEvent_MatterReviewed").isEnded();
    }
}
