package cn.gongzhi.shared.process;

import cn.gongzhi.shared.InvalidFieldException;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The one translation of a refused field inside the engine: a step's {@link InvalidFieldException} (a rule about one
 * field, named in Chinese) becomes Camunda's {@link FormFieldValidationException}, which Tasklist shows under the
 * field and the engine REST API answers with 400 ({@code shared.EngineStepErrors}). The transaction rolls
 * back, so a refused form writes nothing. Every task listener and every delegate that reads a form goes through here.
 */
public final class FieldRefusals {

    private FieldRefusals() {}

    /** Runs a step; a refused field is answered as the form's validation error. */
    public static void translated(Runnable step) {
        try {
            step.run();
        } catch (InvalidFieldException e) {
            throw refusal(e);
        }
    }

    /** Runs a step and returns its result; a refused field is answered as the form's validation error. */
    public static <T> T translated(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidFieldException e) {
            throw refusal(e);
        }
    }

    /** The engine's form validation error for this refusal, naming the same field with the same message. */
    public static FormFieldValidationException refusal(InvalidFieldException e) {
        return new FormFieldValidationException(e.field(), e.getMessage());
    }
}
