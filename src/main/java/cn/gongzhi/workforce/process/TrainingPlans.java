package cn.gongzhi.workforce.process;

import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.shared.process.ModelFunctions;
import cn.gongzhi.workforce.domain.PlanRound;
import cn.gongzhi.workforce.domain.TrainingProperties;
import cn.gongzhi.workforce.domain.TrainingRounds;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What processes/TrainingPlanProcess.bpmn reads from the records instead of variables: the community's head, the
 * reminder points left in the plan's year (a point's check runs at the start of the day after it, China time), the
 * workers behind their share at the last point passed, a worker's login and the year's end. One of the few beans
 * models may call (docs/processes/designing.md): it only reads.
 */
@Component("trainingPlans")
@ModelFunctions
public class TrainingPlans {

    private final TrainingRounds rounds;
    private final TrainingPeople people;
    private final TrainingProperties properties;
    private final Clock clock;

    TrainingPlans(TrainingRounds rounds, TrainingPeople people, TrainingProperties properties, Clock clock) {
        this.rounds = rounds;
        this.people = people;
        this.properties = properties;
        this.clock = clock;
    }

    /** The login of the community's head: the plan is hers to draft. */
    public String head(DelegateExecution execution) {
        PlanRound round = roundOf(execution);
        return people.head(round.getCommunityId()).orElseThrow(() -> new IllegalStateException(
                "community " + round.getCommunityId() + " has no head"));
    }

    /** Whether a reminder point of the plan's year is still ahead. */
    public boolean pointLeft(DelegateExecution execution) {
        return nextPoint(roundOf(execution).getPlanYear()).isPresent();
    }

    /** When the next reminder point's check runs. */
    public Date nextPointAt(DelegateExecution execution) {
        LocalDate point = nextPoint(roundOf(execution).getPlanYear()).orElseThrow();
        return Date.from(point.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    /** The planned workers behind their share at the last point passed (none before the first). */
    public List<Long> behind(DelegateExecution execution) {
        PlanRound round = roundOf(execution);
        LocalDateTime now = LocalDateTime.now(clock);
        return properties.reminderDays(round.getPlanYear()).stream()
                .filter(p -> !p.plusDays(1).atStartOfDay().isAfter(now)).reduce((a, b) -> b)
                .map(p -> rounds.behind(round.getId(), p)).orElse(List.of());
    }

    /** A reminded worker's login. */
    public String login(Long workerId) {
        return people.worker(workerId).map(TrainingPeople.Trainee::username)
                .orElseThrow(() -> new IllegalStateException("no worker " + workerId));
    }

    /** The end of the plan's year: a reminder not acknowledged by then is withdrawn. */
    public Date yearEnd(DelegateExecution execution) {
        return Date.from(LocalDate.of(roundOf(execution).getPlanYear() + 1, 1, 1).atStartOfDay(clock.getZone())
                .toInstant());
    }

    private Optional<LocalDate> nextPoint(int year) {
        LocalDateTime now = LocalDateTime.now(clock);
        return properties.reminderDays(year).stream().filter(p -> p.plusDays(1).atStartOfDay().isAfter(now))
                .findFirst();
    }

    PlanRound roundOf(VariableScope scope) {
        long roundId = TrainingPlanProcess.ROUND_ID.required(scope);
        String instance = scope instanceof DelegateExecution e ? e.getProcessInstanceId()
                : ((DelegateTask) scope).getProcessInstanceId();
        return rounds.requireBound(roundId, instance);
    }
}
