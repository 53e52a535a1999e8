package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.STREET_FIELD;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.STREET_OPTIONS;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.YEAR_FIELD;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.YEAR_OPTIONS;

import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ChooseAppraisalStreet: the street office member who started the appraisal by hand chooses her street and
 * the year (this one or the last). Refused naming the field, nothing written: a street and year already started, a
 * street without workers. Only the starter submits it (403).
 */
@Component
class ChooseAppraisalStreetStep implements StepHandler {

    private final AppraisalStarters starters;
    private final AnnualAppraisals appraisals;
    private final Clock clock;

    ChooseAppraisalStreetStep(AppraisalStarters starters, AnnualAppraisals appraisals, Clock clock) {
        this.starters = starters;
        this.appraisals = appraisals;
        this.clock = clock;
    }

    @Override
    public String step() {
        return "chooseAppraisalStreet";
    }

    @Override
    public void opened(DelegateTask task) {
        int year = LocalDate.now(clock).getYear();
        FormView.offer(task, STREET_OPTIONS, starters.streetsOf(AnnualAppraisalProcess.STARTER.required(task)).stream()
                .map(s -> new Choice(s.code(), s.name())).toList());
        FormView.offer(task, YEAR_OPTIONS, List.of(new Choice(String.valueOf(year), year + "年度"),
                new Choice(String.valueOf(year - 1), (year - 1) + "年度")));
        FormView.summary(task, List.of("#### 发起社区工作者年度考核",
                "选择街道和年度。系统为街道的每位社区工作者建立考核表：本人述职，系统统计工作实绩，社区负责人提出建议，"
                        + "街道确定结果并公示。每个街道每年只发起一次。"));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        String actor = Actors.current();
        if (!actor.equals(AnnualAppraisalProcess.STARTER.get(task))) {
            throw new StepRefused("只有发起人可以选择考核的街道和年度；" + actor + " 不是");
        }
        String street = form.chosen(STREET_FIELD, "街道", STREET_OPTIONS, true).orElseThrow().value();
        int year = Integer.parseInt(form.chosen(YEAR_FIELD, "年度", YEAR_OPTIONS, true).orElseThrow().value());
        long roundId = appraisals.open(street, year, actor);
        appraisals.bind(roundId, task.getProcessInstanceId());
        AnnualAppraisalProcess.ROUND_ID.set(task.getExecution().getProcessInstance(), roundId);
        CommonVariables.MATTER_SUMMARY.set(task.getExecution().getProcessInstance(), year + "年度");
        AppraisalForms.recorded(task);
    }
}
