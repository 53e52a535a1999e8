package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.STEP_FORM_TEXT;

import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.shared.InvalidFieldException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** Completion of the non-meeting steps: the form is validated and recorded in the timeline; its text leaves. */
@Component
class DeliberationTaskListener implements TaskListener {

    private static final Map<String, String> STEPS = Map.of(
            "Activity_ProposePlan", "PROPOSE",
            "Activity_RevisePlan", "REVISE",
            "Activity_ImplementResolution", "IMPLEMENT",
            "Activity_ImplementDecision", "IMPLEMENT",
            "Activity_ReviewTopic", "REVIEW_TOPIC",
            "Activity_NotifyStakeholders", "NOTIFY",
            "Activity_HoldConsultation", "CONSULT",
            "Activity_CollectFeedback", "FEEDBACK");

    private final DeliberationRecords records;

    DeliberationTaskListener(DeliberationRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            records.stepCompleted(DeliberationVariables.deliberationId(task), STEPS.get(task.getTaskDefinitionKey()),
                    task.getVariables(), Actor.current());
        } catch (InvalidFieldException e) {
            throw new FormFieldValidationException(e.field(), e.getMessage());
        }
        STEP_FORM_TEXT.forEach(task.getExecution()::removeVariable);
    }
}
