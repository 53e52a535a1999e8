package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.PERSONAL_DATA;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps personal information out of Camunda's history. The Tasklist start form of the petition process submits the
 * petitioner's name, phone and ID number as variables; the first step moves them into the petition table and removes
 * them in the same transaction, so they never reach the runtime tables. This filter drops their history events, so
 * they never reach the history tables either, whatever process sets them. The same holds for the start form's free
 * text (description, location), where residents often write a phone number, and for the task forms' fields that the
 * petition's timeline records with their author and time before the process removes them (contact notes, measures,
 * callback: workers write phone numbers there too, and a second copy in Camunda's history cost about a dozen
 * statements per petition; docs/performance.md).
 */
@Component
public class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new Filter(new DbHistoryEventHandler()));
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /**
     * Passes every history event to the database handler except the variable updates and submitted form fields
     * that carry personal information.
     */
    static final class Filter implements HistoryEventHandler {

        private final HistoryEventHandler delegate;

        Filter(HistoryEventHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            String name = event instanceof HistoricVariableUpdateEventEntity variable ? variable.getVariableName()
                    : event instanceof HistoricFormPropertyEventEntity field ? field.getPropertyId() : null;
            if (name != null && (PERSONAL_DATA.contains(name)
                    || ResidentPetitionProcess.KEY.equals(event.getProcessDefinitionKey())
                    && (ResidentPetitionProcess.INTAKE_TEXT.contains(name)
                    || ResidentPetitionProcess.RECORDED_FORM_FIELDS.contains(name)))) {
                return;
            }
            delegate.handleEvent(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
