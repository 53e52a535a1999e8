package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.DECISION;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.PROPOSE_DECISION;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.RECOUNT_DECISION;

import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import cn.gongzhi.workforce.domain.AppraisalPeople;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ProposeResult: the head of the worker's community (the street office for a head's own sheet) reads the
 * sheet, proposes a result with a comment, or asks for a recount of the figures. Anyone else: 403, nothing written.
 */
@Component
class ProposeResultStep implements StepHandler {

    private final AnnualAppraisals appraisals;
    private final AppraisalPeople people;

    ProposeResultStep(AnnualAppraisals appraisals, AppraisalPeople people) {
        this.appraisals = appraisals;
        this.people = people;
    }

    @Override
    public String step() {
        return "proposeResult";
    }

    @Override
    public void opened(DelegateTask task) {
        long sheet = AppraisalInstances.sheetOf(task);
        FormView.summary(task, AppraisalForms.sheet(appraisals.workerOf(sheet),
                appraisals.round(appraisals.sheet(sheet).getRoundId()).getAppraisalYear(), appraisals.sheet(sheet)));
        AppraisalForms.offerResults(task);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long sheet = AppraisalInstances.sheetOf(task);
        String actor = Actors.current();
        if (!people.proposers(appraisals.workerOf(sheet)).contains(actor)) {
            throw new StepRefused(actor + " 不能为该工作者提出考核建议");
        }
        String decision = form.oneOf(DECISION.name(), "请选择提出建议，或重新统计实绩", PROPOSE_DECISION,
                RECOUNT_DECISION);
        if (PROPOSE_DECISION.equals(decision)) {
            var result = AppraisalForms.result(form.chosen(AnnualAppraisalProcess.PROPOSED_RESULT, "考核建议",
                    AnnualAppraisalProcess.RESULT_OPTIONS, true).orElseThrow());
            appraisals.propose(sheet, result, form.optionalText(AnnualAppraisalProcess.PROPOSAL_COMMENT, 2000), actor);
        }
        AppraisalForms.recorded(task);
        task.getExecution().setVariableLocal(DECISION.name(), decision);
    }
}
