package cn.gongzhi.shared.process;

import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * One process variable, typed: the only place its name is spelled. Delegates and listeners read and write through
 * it ({@code PETITION_ID.get(execution)}), and each process's contract lists its variables, so that the command guard
 * knows which of them are the system's (see {@link ProcessContract}).
 *
 * @param <T> what the variable holds; numbers are read back as the declared type whatever width the engine stored
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;

    private ProcessVariable(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static ProcessVariable<String> text(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    /** The id of one of our records, or a count: always read as a {@code Long}. */
    public static ProcessVariable<Long> number(String name) {
        return new ProcessVariable<>(name, Long.class);
    }

    public static ProcessVariable<Boolean> flag(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    public static ProcessVariable<Date> date(String name) {
        return new ProcessVariable<>(name, Date.class);
    }

    public String name() {
        return name;
    }

    /** The value, or null when the variable is not set. */
    public T get(VariableScope scope) {
        return convert(scope.getVariable(name));
    }

    /** The value, which must be set: a missing system variable is a broken instance, not a user's mistake. */
    public T required(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("Process variable '" + name + "' is not set");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /**
     * Sets the value for the rest of this transaction only: the engine never stores it, so it costs no row and no
     * history. For a value the very next element reads and nothing reads later: a gateway routing on what the step
     * before it just decided, a decision's inputs read from our records. Where the instance already stores a variable
     * of that name (one started before, or a form that submitted it) the stored one is updated instead: the engine
     * keeps a name either stored or transient within a transaction.
     */
    public void setTransient(VariableScope scope, T value) {
        TypedValue stored = scope.getVariableTyped(name, false);
        scope.setVariable(name, stored == null || stored.isTransient() ? Variables.untypedValue(value, true) : value);
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    /** Converts a raw value (from the engine or from a form) to the declared type. */
    private T convert(Object value) {
        if (value == null) {
            return null;
        }
        if (type == Long.class && value instanceof Number number) {
            return type.cast(number.longValue());
        }
        if (type == String.class && !(value instanceof String)) {
            return type.cast(value.toString());
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException("Process variable '" + name + "' holds " + value.getClass().getSimpleName()
                    + ", not " + type.getSimpleName());
        }
        return type.cast(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProcessVariable<?> that && that.name.equals(name) && that.type == type;
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
