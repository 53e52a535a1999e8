package cn.gongzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.Configs;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;

class NodeNameTest {

    @Test
    void theJobExecutorLocksJobsUnderTheConfiguredName() {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJobExecutor(new DefaultJobExecutor());
        NodeName node = new NodeName(Configs.bind(NodeProperties.class, "node-name= node-a "));
        node.preInit(configuration);
        node.postInit(configuration);
        assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo("node-a");
        assertThat(configuration.getHostname()).isEqualTo("node-a");
    }

    @Test
    void withoutANameTheNodeIsItsHostAndProcess() {
        String name = new NodeName(Configs.bind(NodeProperties.class)).name();
        assertThat(name).endsWith("-" + ProcessHandle.current().pid()).hasSizeGreaterThan(2);
    }
}
