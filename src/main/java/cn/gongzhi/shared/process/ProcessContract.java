package cn.gongzhi.shared.process;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a process accepts from the people who work it, in one place: its key; the variables that are the system's
 * (ids of our records, the community, departments, assignees, due dates, the values gateways route on), which nobody
 * outside the engine's own code may set; the fields each form may submit (the start form and each user task's form);
 * and who may start an instance by hand. The engine's command guard enforces it on every request that carries
 * variables: a system variable is refused with 403 naming it, a field the step's form does not have with 400.
 * A process without a {@link StartRule} can only be started by the engine itself (a called process, a message start).
 */
public final class ProcessContract {

    /** Decides whether a person may start an instance by hand with these start-form values. */
    @FunctionalInterface
    public interface StartRule {
        /** Why the starter may not start this instance, or empty when she may. */
        Optional<String> refusal(Starter starter, Map<String, Object> variables);

        /**
         * The groups whose members may start the process at all: they, and no other group, hold Camunda's
         * CREATE_INSTANCE on its definition, so Tasklist offers the process to them only.
         */
        default Set<String> starterGroups() {
            return Set.of();
        }
    }

    private final String key;
    private final Set<String> systemVariables;
    private final String startEvent;
    private final Map<String, Set<String>> formFields;
    private final StartRule startRule;
    private final Set<String> recorded;

    private ProcessContract(String key, Set<String> systemVariables, String startEvent,
            Map<String, Set<String>> formFields, StartRule startRule, Set<String> recorded) {
        this.key = key;
        this.systemVariables = Set.copyOf(systemVariables);
        this.startEvent = startEvent;
        this.formFields = Map.copyOf(formFields);
        this.startRule = startRule;
        this.recorded = Set.copyOf(recorded);
    }

    /** A contract for the process with this key; add its variables, forms and start rule. */
    public static Builder of(String key) {
        return new Builder(key);
    }

    public String key() {
        return key;
    }

    /** Names of the variables only the engine's own code may write. */
    public Set<String> systemVariables() {
        return systemVariables;
    }

    /** The start event a person starts the process at (its form is the start form), or null. */
    public String startEvent() {
        return startEvent;
    }

    /** The fields the form of this start event or user task may submit; empty for any other element. */
    public Set<String> formFields(String elementId) {
        return formFields.getOrDefault(elementId, Set.of());
    }

    /** Every element that has a form, with its fields. */
    public Map<String, Set<String>> forms() {
        return formFields;
    }

    /**
     * Form fields our own records keep (with their author and time) and the process removes once recorded: Camunda's
     * history does not keep a second copy. Free text is kept out of history anyway ({@link FormFieldKinds}).
     */
    public Set<String> recorded() {
        return recorded;
    }

    /** Null: no one starts this process by hand. */
    public StartRule startRule() {
        return startRule;
    }

    /** The same contract, started by hand under this rule. */
    public ProcessContract startedBy(StartRule rule) {
        if (startEvent == null) {
            throw new IllegalStateException(key + " has no start form: it cannot be started by hand");
        }
        return new ProcessContract(key, systemVariables, startEvent, formFields, rule, recorded);
    }

    @Override
    public String toString() {
        return "ProcessContract[" + key + "]";
    }

    public static final class Builder {
        private final String key;
        private final Set<String> system = new LinkedHashSet<>();
        private final Map<String, Set<String>> forms = new LinkedHashMap<>();
        private final Set<String> recorded = new LinkedHashSet<>();
        private String startEvent;

        private Builder(String key) {
            this.key = key;
        }

        public Builder system(ProcessVariable<?>... variables) {
            for (ProcessVariable<?> variable : variables) {
                system.add(variable.name());
            }
            return this;
        }

        public Builder system(Collection<ProcessVariable<?>> variables) {
            variables.forEach(v -> system.add(v.name()));
            return this;
        }

        /**
         * Facts the model reads from our records by expression rather than from variables (a petition's due dates, its
         * assigned worker): no variable carries them, and a request that names one is refused with 403 as a system
         * variable is, being an attempt to change what the record holds.
         */
        public Builder recordFacts(String... names) {
            system.addAll(List.of(names));
            return this;
        }

        /** The start event a person starts at, and the fields of its form. */
        public Builder startForm(String startEventId, String... fields) {
            this.startEvent = startEventId;
            return form(startEventId, fields);
        }

        /** A user task and the fields its form may submit. */
        public Builder form(String elementId, String... fields) {
            forms.put(elementId, Set.of(fields));
            return this;
        }

        /** Form fields our records keep and the process removes: see {@link ProcessContract#recorded()}. */
        public Builder recorded(Set<String> fields) {
            recorded.addAll(fields);
            return this;
        }

        /** The contract; a recorded field that no form of it has is a slip in the contract, refused at start-up. */
        public ProcessContract build() {
            Set<String> fields = new LinkedHashSet<>();
            forms.values().forEach(fields::addAll);
            Set<String> stray = new LinkedHashSet<>(recorded);
            stray.removeAll(fields);
            if (!stray.isEmpty()) {
                throw new IllegalStateException(key + " records fields none of its forms has: " + stray);
            }
            return new ProcessContract(key, system, startEvent, forms, null, recorded);
        }
    }
}
