package cn.gongzhi.shared.process;

import cn.gongzhi.shared.Masking;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps personal information out of Camunda's history, for every process. A variable whose name is a free-text or
 * contact field of any deployed form ({@link FormFieldKinds}) never reaches the history tables: residents and workers
 * write phone numbers, names and addresses into text fields, and our own records keep what the matter needs (masked).
 * Nor does a form field a process's contract says our records keep ({@link ProcessContract#recorded()}). Any other
 * text that does reach history (a variable, a task's name or description, an incident or job failure message) is
 * masked ({@link Masking#text}); a serialized value that would need masking is not written at all. What a form only
 * shows (the case summary and the options of its choices, {@link FormView}) is not history either.
 */
@Component
public class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

    private final FormFieldKinds kinds;
    private final ObjectProvider<ProcessContract> contracts;
    private volatile Map<String, Set<String>> recorded;

    PersonalDataHistoryFilter(FormFieldKinds kinds, ObjectProvider<ProcessContract> contracts) {
        this.kinds = kinds;
        this.contracts = contracts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new Filter(new DbHistoryEventHandler()));
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private Set<String> recorded(String processKey) {
        Map<String, Set<String>> byKey = recorded;
        if (byKey == null) {
            // the contracts are beans that may need the engine: read once it runs, not while it is built
            byKey = contracts.orderedStream().collect(Collectors.toUnmodifiableMap(ProcessContract::key,
                    ProcessContract::recorded, (a, b) -> a));
            recorded = byKey;
        }
        return processKey == null ? Set.of() : byKey.getOrDefault(processKey, Set.of());
    }

    /** Whether a history event may be written, after masking what it carries. */
    boolean admit(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            if (variable.getTaskId() != null && TaskRows.isRowCopy(variable.getVariableName())) {
                return false; // a task row's copy of the matter's number, category, place and line: its process has them
            }
            return !keptOut(variable.getVariableName(), event) && masked(variable);
        }
        if (event instanceof HistoricFormPropertyEventEntity field) {
            if (keptOut(field.getPropertyId(), event)) {
                return false;
            }
            if (field.getPropertyValue() instanceof String text) {
                field.setPropertyValue(Masking.text(text));
            }
        } else if (event instanceof HistoricTaskInstanceEventEntity task) {
            task.setName(Masking.text(task.getName()));
            task.setDescription(Masking.text(task.getDescription()));
        } else if (event instanceof HistoricIncidentEventEntity incident) {
            incident.setIncidentMessage(Masking.text(incident.getIncidentMessage()));
        } else if (event instanceof HistoricJobLogEvent job) {
            job.setJobExceptionMessage(Masking.text(job.getJobExceptionMessage()));
        }
        return true;
    }

    private boolean keptOut(String name, HistoryEvent event) {
        return name != null && (kinds.keptOutOfHistory(name) || FormView.displayOnly(name)
                || recorded(event.getProcessDefinitionKey()).contains(name));
    }

    /** Masks the text of a variable update; false when a serialized value holds something to mask. */
    private static boolean masked(HistoricVariableUpdateEventEntity variable) {
        variable.setTextValue(Masking.text(variable.getTextValue()));
        variable.setTextValue2(Masking.text(variable.getTextValue2()));
        byte[] bytes = variable.getByteValue();
        if (bytes != null) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return Masking.text(text).equals(text);
        }
        return true;
    }

    /** Passes every admitted history event, masked, to the database handler. */
    private final class Filter implements HistoryEventHandler {

        private final HistoryEventHandler delegate;

        Filter(HistoryEventHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (admit(event)) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
