package cn.gongzhi.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Names this node of a cluster ({@code gongzhi.node-name}; default {@code <host>-<process id>}). The job executor
 * locks jobs under this name ({@code ACT_RU_JOB.LOCK_OWNER_}) and the engine reports its metrics under it, so an
 * operator can tell which node holds a job, where Camunda's default is a random UUID per start. Every node sharing
 * a database needs its own name.
 */
@Component
class NodeName extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(NodeName.class);

    private final String name;

    NodeName(NodeProperties node) {
        String configured = node.nodeName();
        this.name = StringUtils.hasText(configured) ? configured.trim() : host() + "-" + ProcessHandle.current().pid();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHostname(name);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(name);
        }
        log.info("This node is {}: it locks jobs under that name", name);
    }

    String name() {
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
