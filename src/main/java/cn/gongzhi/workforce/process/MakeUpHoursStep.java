package cn.gongzhi.workforce.process;

import cn.gongzhi.registry.WorkerTraining;
import cn.gongzhi.registry.WorkerTraining.Course;
import cn.gongzhi.registry.WorkerTraining.Plan;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.PlanRound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_MakeUpHours (补足培训学时): a worker behind her share of the year's hours reads her hours credited and
 * required and her plan's courses still ahead, and acknowledges the reminder; only she (403).
 */
@Component
class MakeUpHoursStep implements StepHandler {

    private final TrainingPlans plans;
    private final WorkerTraining training;
    private final Clock clock;

    MakeUpHoursStep(TrainingPlans plans, WorkerTraining training, Clock clock) {
        this.plans = plans;
        this.training = training;
        this.clock = clock;
    }

    @Override
    public String step() {
        return "makeUpHours";
    }

    @Override
    public void opened(DelegateTask task) {
        PlanRound round = plans.roundOf(task);
        long workerId = TrainingPlanProcess.WORKER_ID.required(task);
        LocalDate today = LocalDate.now(clock);
        int credited = training.creditedHours(workerId, today.getYear() == round.getPlanYear() ? today
                : LocalDate.of(round.getPlanYear(), 12, 31));
        Plan plan = training.plan(workerId, round.getPlanYear()).orElse(null);
        List<String> lines = new ArrayList<>();
        lines.add("#### " + round.getPlanYear() + "年度培训学时提醒");
        lines.add("已认定 " + credited + " 学时，全年须完成 " + (plan == null ? "—" : plan.hoursRequired())
                + " 学时，进度落后。请按计划参加培训、补足学时。");
        lines.add("");
        lines.add("计划中尚未开始的课程：");
        List<Course> ahead = plan == null ? List.of() : plan.courseIds().stream().map(training::course)
                .flatMap(java.util.Optional::stream).filter(c -> !c.startsOn().isBefore(today)).toList();
        ahead.forEach(c -> lines.add("- " + FormView.plain(TrainingForms.course(c), " ")));
        if (ahead.isEmpty()) {
            lines.add("- 无；请与社区正职商量参加本街道或全区的其他课程");
        }
        FormView.summary(task, lines);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        String actor = Actors.current();
        if (!actor.equals(plans.login(TrainingPlanProcess.WORKER_ID.required(task)))) {
            throw new StepRefused("只有本人可以确认培训学时提醒；" + actor + " 不是");
        }
    }
}
