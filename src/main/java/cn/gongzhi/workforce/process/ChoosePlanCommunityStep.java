package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.TrainingPlanProcess.COMMUNITY_FIELD;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.COMMUNITY_OPTIONS;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.YEAR_FIELD;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.YEAR_OPTIONS;

import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.registry.TrainingPeople.TrainingCommunity;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.TrainingRounds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ChoosePlanCommunity: who started the round by hand chooses the community by name (the head: hers; the
 * street office: its street's) and the year (this one or the next). Refused naming the field, nothing written: a
 * community and year already started, a community without a head. Only the starter (403).
 */
@Component
class ChoosePlanCommunityStep implements StepHandler {

    private final TrainingStarters starters;
    private final TrainingRounds rounds;
    private final TrainingPeople people;
    private final Clock clock;

    ChoosePlanCommunityStep(TrainingStarters starters, TrainingRounds rounds, TrainingPeople people, Clock clock) {
        this.starters = starters;
        this.rounds = rounds;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public String step() {
        return "choosePlanCommunity";
    }

    @Override
    public void opened(DelegateTask task) {
        int year = LocalDate.now(clock).getYear();
        FormView.offer(task, COMMUNITY_OPTIONS, starters.planCommunities(TrainingPlanProcess.STARTER.required(task))
                .stream().map(c -> new Choice(String.valueOf(c.id()), c.name())).toList());
        FormView.offer(task, YEAR_OPTIONS, List.of(new Choice(String.valueOf(year), year + "年度"),
                new Choice(String.valueOf(year + 1), (year + 1) + "年度")));
        FormView.summary(task, List.of("#### 发起年度培训计划",
                "选择社区和年度：社区正职为本社区每名社区工作者选择本年度的培训课程，街道党工委审批；批准后即为报名。"
                        + "每个社区每年只发起一次。"));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long communityId = Long.parseLong(form.chosen(COMMUNITY_FIELD, "社区", COMMUNITY_OPTIONS, true).orElseThrow()
                .value());
        int year = Integer.parseInt(form.chosen(YEAR_FIELD, "年度", YEAR_OPTIONS, true).orElseThrow().value());
        String actor = Actors.current();
        if (!actor.equals(TrainingPlanProcess.STARTER.get(task))) {
            throw new StepRefused("只有发起人可以选择社区和年度；" + actor + " 不是");
        }
        TrainingCommunity community = starters.planCommunities(actor).stream().filter(c -> c.id() == communityId)
                .findFirst().orElseThrow(() -> new StepRefused(actor + " 不能为该社区发起年度培训计划"));
        if (people.head(communityId).isEmpty()) {
            throw new InvalidFieldException(COMMUNITY_FIELD, community.name() + "没有正职社区工作者，无法拟订培训计划");
        }
        long roundId = rounds.open(communityId, year, actor);
        DelegateExecution instance = task.getExecution().getProcessInstance();
        rounds.bind(roundId, task.getProcessInstanceId());
        TrainingPlanProcess.ROUND_ID.set(instance, roundId);
        TrainingPlanProcess.COMMUNITY_CODE.set(instance, community.code());
        TrainingPlanProcess.STREET_CODE.set(instance, community.streetCode());
        CommonVariables.MATTER_PLACE.set(instance, community.name());
        TrainingForms.recorded(task, Set.of(COMMUNITY_FIELD, YEAR_FIELD));
    }
}
