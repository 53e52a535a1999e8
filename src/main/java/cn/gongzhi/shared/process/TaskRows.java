package cn.gongzhi.shared.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * What Tasklist's task rows show: the matter's number, category, place and one masked line
 * ({@link CommonVariables#MATTER_NUMBER} and the three after it), copied onto every user task of every process when it
 * is created. Tasklist reads a row's variables through a variable query, which lets a person read the variables of a
 * task she may read; the process's own variables would need READ on the whole instance, which a worker does not hold.
 * The copies are the task's own and leave with it; they are not history ({@link PersonalDataHistoryFilter}). A process
 * whose record holds these facts sets no such variables: its step shows the row from the record when the task opens
 * ({@link #show}).
 */
@Component
public class TaskRows extends AbstractProcessEnginePlugin {

    /** The variables every task row shows. */
    public static final List<ProcessVariable<String>> SHOWN = List.of(CommonVariables.MATTER_NUMBER,
            CommonVariables.MATTER_CATEGORY, CommonVariables.MATTER_PLACE, CommonVariables.MATTER_SUMMARY);

    private static final Set<String> NAMES = Set.of(CommonVariables.MATTER_NUMBER.name(),
            CommonVariables.MATTER_CATEGORY.name(), CommonVariables.MATTER_PLACE.name(),
            CommonVariables.MATTER_SUMMARY.name());

    /** Whether a variable of this name, on a task, is a row's copy. */
    public static boolean isRowCopy(String variableName) {
        return NAMES.contains(variableName);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() != null
                ? new ArrayList<>(configuration.getCustomPostBPMNParseListeners()) : new ArrayList<>();
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
                            (TaskListener) TaskRows::copy);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** Shows a task's row from the matter's record: its number, category, place and one masked line. */
    public static void show(DelegateTask task, String number, String category, String place, String summary) {
        String[] values = {number, category, place, summary};
        for (int i = 0; i < SHOWN.size(); i++) {
            if (values[i] != null) {
                task.setVariableLocal(SHOWN.get(i).name(), values[i]);
            }
        }
    }

    static void copy(DelegateTask task) {
        if (task.getExecution() == null) {
            return;
        }
        for (ProcessVariable<String> shown : SHOWN) {
            Object value = task.getExecution().getVariable(shown.name());
            if (value != null) {
                task.setVariableLocal(shown.name(), value.toString());
            }
        }
    }
}
