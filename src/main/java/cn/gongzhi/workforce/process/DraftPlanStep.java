package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.TrainingPlanProcess.COURSE_OPTIONS;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.PLANS;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.WORKER_OPTIONS;

import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.registry.TrainingPeople.Trainee;
import cn.gongzhi.registry.WorkerTraining.Course;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.PlanRound;
import cn.gongzhi.workforce.domain.TrainingRounds;
import cn.gongzhi.workforce.domain.TrainingRounds.WorkerPlan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Activity_DraftPlan (拟订年度培训计划): the community's head (from the records; 403 for anyone else) picks, for each
 * of her community's workers, the courses offered to her street this year, and gives a reason where a worker's hours
 * fall short; the proposal is the round's record ({@link TrainingRounds#propose}: 400 naming {@code plans}).
 */
@Component
class DraftPlanStep implements StepHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TrainingRounds rounds;
    private final TrainingPlans plans;
    private final TrainingPeople people;

    DraftPlanStep(TrainingRounds rounds, TrainingPlans plans, TrainingPeople people) {
        this.rounds = rounds;
        this.plans = plans;
        this.people = people;
    }

    @Override
    public String step() {
        return "draftPlan";
    }

    @Override
    public void opened(DelegateTask task) {
        PlanRound round = plans.roundOf(task);
        List<Course> offered = rounds.offered(round.getId());
        Map<Trainee, WorkerPlan> proposal = rounds.proposal(round.getId());
        List<String> lines = new ArrayList<>();
        lines.add("#### " + people.community(round.getCommunityId()).map(c -> c.name()).orElse("") + " "
                + round.getPlanYear() + "年度培训计划");
        lines.add("每名社区工作者每年须完成 " + rounds.hoursRequired() + " 学时；计划学时不足的，请说明原因。");
        if (round.getStatus() == PlanRound.Status.RETURNED && round.getReviewComment() != null) {
            lines.add("");
            lines.add("**街道退回意见：** " + FormView.plain(round.getReviewComment(), " "));
        }
        lines.add("");
        lines.add("可选课程（本街道及全区）：");
        offered.forEach(c -> lines.add("- " + FormView.plain(TrainingForms.course(c), " ")));
        if (offered.isEmpty()) {
            lines.add("- 本年度尚无课程，请说明原因");
        }
        FormView.summary(task, lines);
        FormView.offer(task, WORKER_OPTIONS, proposal.keySet().stream()
                .map(w -> new Choice(String.valueOf(w.id()), w.name())).toList());
        FormView.offer(task, COURSE_OPTIONS, offered.stream()
                .map(c -> new Choice(String.valueOf(c.id()), TrainingForms.course(c))).toList());
        ArrayNode rows = JSON.createArrayNode();
        proposal.forEach((worker, plan) -> {
            ObjectNode row = rows.addObject().put("worker", String.valueOf(worker.id()));
            ArrayNode courses = row.putArray("courses");
            plan.courseIds().forEach(c -> courses.add(String.valueOf(c)));
            row.put("reason", plan.shortfallReason() == null ? "" : plan.shortfallReason());
        });
        task.setVariableLocal(PLANS, SpinValues.jsonValue(rows.toString()).create());
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        PlanRound round = plans.roundOf(task);
        String actor = Actors.current();
        if (people.headedCommunity(actor).filter(c -> c.equals(round.getCommunityId())).isEmpty()) {
            throw new StepRefused("只有本社区正职可以拟订本社区的培训计划；" + actor + " 不是");
        }
        Set<String> workers = values(FormView.offered(task, WORKER_OPTIONS));
        Set<String> courses = values(FormView.offered(task, COURSE_OPTIONS));
        Map<Long, WorkerPlan> proposal = new LinkedHashMap<>();
        for (FormInput.Row row : form.rows(PLANS, "培训计划")) {
            String worker = row.cell("worker");
            if (worker == null || !workers.contains(worker)) {
                throw new InvalidFieldException(PLANS, "只能为本社区的社区工作者拟订培训计划");
            }
            List<Long> chosen = new ArrayList<>();
            JsonNode ticked = row.cells().get("courses");
            if (ticked != null && ticked.isArray()) {
                for (JsonNode course : ticked) {
                    if (!courses.contains(course.asText())) {
                        throw new InvalidFieldException(PLANS, "课程只能从列出的课程中选择");
                    }
                    chosen.add(Long.valueOf(course.asText()));
                }
            }
            String reason = row.cell("reason") == null ? null : FormInput.textOf(row.cell("reason"), PLANS, 500);
            if (proposal.put(Long.valueOf(worker), new WorkerPlan(chosen, reason)) != null) {
                throw new InvalidFieldException(PLANS, "每名社区工作者只能有一行计划");
            }
        }
        rounds.propose(round.getId(), proposal, actor);
        TrainingForms.recorded(task, Set.of(PLANS));
    }

    private static Set<String> values(List<Choice> choices) {
        return Set.copyOf(choices.stream().map(Choice::value).toList());
    }
}
