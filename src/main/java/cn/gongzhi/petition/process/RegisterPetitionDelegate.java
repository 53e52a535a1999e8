package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.COMMUNITY_CODE;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.INTAKE;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.PERSONAL_DATA;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.PETITION_ID;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.RECORDED_BY;

import cn.gongzhi.identity.HistoryAccessPlugin;
import cn.gongzhi.petition.domain.PetitionRegistration;
import cn.gongzhi.petition.domain.PetitionRegistration.Registered;
import cn.gongzhi.petition.process.ResidentPetitionProcess.Intake;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FieldRefusals;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.Starter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Activity_RegisterPetition, the one way a petition comes into being, whichever way it came in. A petition filed
 * through our APIs arrives as the service's {@link Intake}, a transient variable the engine never stores; one
 * entered through the Tasklist start form arrives as the form's values, and its personal information and free text
 * are taken out of the process before anything is written (the history filter keeps them out of history as well).
 * Either way the petition is recorded and bound to this instance, a refusal naming the field and writing nothing. Its
 * community follows from the submission, or, for a Tasklist entry, from who entered it; when her login does not decide
 * it, {@code communityCode} stays empty and her first step, Activity_ChooseCommunity, asks her. Only the petition's id
 * and community become variables: its number (the business key), category and place stay on the petition, from which
 * each task's row is shown ({@link PetitionForms}) and the dispatch decision reads its inputs
 * ({@link DispatchInputsListener}).
 */
@Component
class RegisterPetitionDelegate implements JavaDelegate {

    private final PetitionRegistration registration;
    private final HistoryAccessPlugin historyAccess;

    RegisterPetitionDelegate(PetitionRegistration registration, HistoryAccessPlugin historyAccess) {
        this.registration = registration;
        this.historyAccess = historyAccess;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Intake handed = handed(execution);
        Registered petition;
        if (handed != null) {
            petition = registration.register(handed.submission(), handed.idempotencyKey(),
                    execution.getProcessInstanceId());
        } else {
            FormInput form = FormInput.of(execution.getVariables());
            PERSONAL_DATA.forEach(execution::removeVariable);
            ResidentPetitionProcess.INTAKE_TEXT.forEach(execution::removeVariable);
            Starter starter = Actors.starter().orElse(null);
            petition = FieldRefusals.translated(() -> registration.register(
                    registration.fromStartForm(form, starter), null, execution.getProcessInstanceId()));
            RECORDED_BY.set(execution, starter == null ? null : starter.userId());
        }
        execution.setProcessBusinessKey(petition.number());
        PETITION_ID.set(execution, petition.petitionId());
        COMMUNITY_CODE.set(execution, petition.communityCode());
        if (petition.communityCode() != null) {
            historyAccess.communityKnown(execution);
        }
    }

    /** What a service of ours handed the instance: only a transient value, never one stored or sent from outside. */
    private static Intake handed(DelegateExecution execution) {
        TypedValue value = execution.getVariableTyped(INTAKE, false);
        if (value == null) {
            return null;
        }
        if (!value.isTransient() || !(value.getValue() instanceof Intake intake)) {
            // checked before its value is read: a stored value is never deserialized here
            throw new IllegalStateException("The variable " + INTAKE + " is the intake's own: it cannot be set");
        }
        return intake;
    }
}
