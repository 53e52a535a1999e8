package cn.gongzhi.workforce.process;

import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.registry.TrainingPeople.TrainingCommunity;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.workforce.domain.TrainingProperties;
import cn.gongzhi.workforce.domain.TrainingRounds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the year's training planning round for every community with a head that has none yet, from the configured
 * day on (China time). Each start is one transaction: the round (unique per community and year) and the instance,
 * started by {@code Message_TrainingPlanDue}. A round started by hand already, or by another node (the unique key
 * refuses its insert and rolls its start back), is skipped: no community gets two. A community without a head is
 * skipped (logged): its street office starts it by hand once the post is filled.
 */
@Component
class TrainingPlanLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingPlanLauncher.class);
    static final String SYSTEM = "system";

    private final TrainingPeople people;
    private final TrainingRounds rounds;
    private final RuntimeService runtime;
    private final TrainingProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrainingPlanLauncher(TrainingPeople people, TrainingRounds rounds, RuntimeService runtime,
            TrainingProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.people = people;
        this.rounds = rounds;
        this.runtime = runtime;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gongzhi.training.check-every:PT1H}", initialDelayString = "PT2M")
    void onSchedule() {
        // scheduling may be on for another reason (another module's schedule): the setting decides here too
        if (properties.launcher()) {
            launch(LocalDate.now(clock));
        }
    }

    /** Starts the rounds due on this day; returns how many instances it started. */
    int launch(LocalDate today) {
        Optional<Integer> due = properties.yearDue(today);
        if (due.isEmpty()) {
            return 0;
        }
        int started = 0;
        for (TrainingCommunity community : people.communities()) {
            if (people.head(community.id()).isEmpty()) {
                LOG.debug("Training plan {} not started for community {}: no head", due.get(), community.code());
                continue;
            }
            if (start(community, due.get())) {
                started++;
            }
        }
        return started;
    }

    private boolean start(TrainingCommunity community, int year) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                long roundId = rounds.open(community.id(), year, SYSTEM);
                String instance = runtime.startProcessInstanceByMessage(TrainingPlanProcess.MESSAGE_DUE, Map.of(
                        TrainingPlanProcess.ROUND_ID.name(), roundId,
                        TrainingPlanProcess.COMMUNITY_CODE.name(), community.code(),
                        TrainingPlanProcess.STREET_CODE.name(), community.streetCode())).getId();
                rounds.bind(roundId, instance);
                return true;
            }));
        } catch (InvalidFieldException startedBefore) {
            return false;
        } catch (DataIntegrityViolationException startedElsewhere) {
            LOG.info("Training plan {} of community {} was started by another node", year, community.code());
            return false;
        }
    }

    /** The launcher's schedule, on unless {@code gongzhi.training.launcher} is false (the tests). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "gongzhi.training.launcher", havingValue = "true", matchIfMissing = true)
    static class Schedule {
    }
}
