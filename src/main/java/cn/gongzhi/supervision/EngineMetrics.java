package cn.gongzhi.supervision;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Operations metrics at /actuator/prometheus: user-task completions per process, open and overdue tasks, the job
 * executor's backlog and failures, and open incidents. (Petitions received, closed and overdue are counted by the
 * petition module.)
 */
@Component
class EngineMetrics extends AbstractProcessEnginePlugin {

    private final MeterRegistry meters;
    private final ObjectProvider<TaskService> tasks;
    private final ObjectProvider<ManagementService> management;

    EngineMetrics(MeterRegistry meters, ObjectProvider<TaskService> tasks, ObjectProvider<ManagementService> management) {
        this.meters = meters;
        this.tasks = tasks;
        this.management = management;
        Gauge.builder("gongzhi.tasks.open", () -> tasks.getObject().createTaskQuery().count()).register(meters);
        Gauge.builder("gongzhi.tasks.overdue", () -> tasks.getObject().createTaskQuery()
                .dueBefore(new java.util.Date()).count()).register(meters);
        Gauge.builder("gongzhi.jobs.executable", () -> management.getObject().createJobQuery().executable().count())
                .register(meters);
        Gauge.builder("gongzhi.jobs.failed", () -> management.getObject().createJobQuery().noRetriesLeft().count())
                .register(meters);
        Gauge.builder("gongzhi.incidents.open", () -> management.getObject().createJobQuery().withException().count())
                .register(meters);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() != null
                ? new ArrayList<>(configuration.getCustomPostBPMNParseListeners()) : new ArrayList<>();
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String process = ((org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity)
                        scope.getProcessDefinition()).getKey();
                if (activity.getActivityBehavior()
                        instanceof org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior behavior) {
                    TaskDefinition definition = behavior.getTaskDefinition();
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> meters.counter(
                            "gongzhi.tasks.completed", "process", process).increment());
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
