package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.TrainingPlanProcess.APPROVE;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.DECISION;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.RETURN;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.REVIEW_COMMENT;

import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.registry.TrainingPeople.TrainingCommunity;
import cn.gongzhi.registry.WorkerTraining.Course;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.PlanRound;
import cn.gongzhi.workforce.domain.TrainingRounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ReviewPlan (审批年度培训计划): the office of the community's street (from the records; 403 for anyone
 * else, another street's office too) reads the head's proposal as a table and approves it, or returns it with a
 * comment (400 naming {@code reviewComment} without one).
 */
@Component
class ReviewPlanStep implements StepHandler {

    private final TrainingRounds rounds;
    private final TrainingPlans plans;
    private final TrainingPeople people;

    ReviewPlanStep(TrainingRounds rounds, TrainingPlans plans, TrainingPeople people) {
        this.rounds = rounds;
        this.plans = plans;
        this.people = people;
    }

    @Override
    public String step() {
        return "reviewPlan";
    }

    @Override
    public void opened(DelegateTask task) {
        PlanRound round = plans.roundOf(task);
        Map<Long, Course> courses = rounds.offered(round.getId()).stream()
                .collect(Collectors.toMap(Course::id, Function.identity()));
        List<String> lines = new ArrayList<>();
        lines.add("#### " + people.community(round.getCommunityId()).map(TrainingCommunity::name).orElse("") + " "
                + round.getPlanYear() + "年度培训计划（每人每年须完成 " + rounds.hoursRequired() + " 学时）");
        lines.add("");
        lines.add("| 社区工作者 | 课程 | 计划学时 | 学时不足的原因 |");
        lines.add("|---|---|---|---|");
        rounds.proposal(round.getId()).forEach((worker, plan) -> lines.add("| " + FormView.plain(worker.name(), " ")
                + " | " + plan.courseIds().stream().map(courses::get).filter(c -> c != null)
                        .map(c -> FormView.plain(c.title(), " ")).collect(Collectors.joining("、"))
                + " | " + rounds.hours(plan.courseIds()) + " | "
                + (plan.shortfallReason() == null ? "" : FormView.plain(plan.shortfallReason(), " ")) + " |"));
        FormView.summary(task, lines);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        PlanRound round = plans.roundOf(task);
        String actor = Actors.current();
        Long street = people.community(round.getCommunityId()).map(TrainingCommunity::streetId).orElse(null);
        if (street == null || !people.streetOffices(actor).contains(street)) {
            throw new StepRefused("只有本街道党工委可以审批该社区的培训计划；" + actor + " 不是");
        }
        String decision = form.oneOf(DECISION.name(), "请选择批准或退回修改", APPROVE, RETURN);
        rounds.decide(round.getId(), APPROVE.equals(decision), form.optionalText(REVIEW_COMMENT, 2000), actor);
        TrainingForms.recorded(task, Set.of(REVIEW_COMMENT));
        DECISION.set(task.getExecution(), decision);
    }
}
