package cn.gongzhi.workforce.process;

import cn.gongzhi.registry.RegistryDirectory.Unit;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import cn.gongzhi.workforce.domain.AppraisalProperties;
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
 * Starts the year's appraisal for every street that has workers and no round yet, from the configured day on (China
 * time). Each start is one transaction: the round with its sheets (unique per street and year) and the instance,
 * started by {@code Message_AnnualAppraisalDue}. A restart simply looks again; a second node's insert of the same
 * street and year fails on the unique key and rolls back its start, so no street gets two.
 */
@Component
class AnnualAppraisalLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(AnnualAppraisalLauncher.class);
    static final String SYSTEM = "system";

    private final RegistryService registry;
    private final AnnualAppraisals appraisals;
    private final RuntimeService runtime;
    private final AppraisalProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AnnualAppraisalLauncher(RegistryService registry, AnnualAppraisals appraisals, RuntimeService runtime,
            AppraisalProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.registry = registry;
        this.appraisals = appraisals;
        this.runtime = runtime;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gongzhi.appraisal.check-every:PT1H}", initialDelayString = "PT2M")
    void onSchedule() {
        // scheduling may be on for another reason (another module's schedule): the setting decides here too
        if (properties.launcher()) {
            launch(LocalDate.now(clock));
        }
    }

    /** Starts the appraisals due on this day; returns how many instances it started. */
    int launch(LocalDate today) {
        Optional<Integer> due = properties.yearDue(today);
        if (due.isEmpty()) {
            return 0;
        }
        int started = 0;
        for (Unit street : registry.directory().streets()) {
            if (start(street, due.get())) {
                started++;
            }
        }
        return started;
    }

    private boolean start(Unit street, int year) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                long roundId = appraisals.open(street.code(), year, SYSTEM);
                String instance = runtime.startProcessInstanceByMessage(AnnualAppraisalProcess.MESSAGE_DUE, Map.of(
                        AnnualAppraisalProcess.ROUND_ID.name(), roundId,
                        CommonVariables.MATTER_CATEGORY.name(), AppraisalForms.CATEGORY,
                        CommonVariables.MATTER_SUMMARY.name(), street.name() + " " + year + "年度")).getId();
                appraisals.bind(roundId, instance);
                return true;
            }));
        } catch (InvalidFieldException skipped) {
            return false;
        } catch (DataIntegrityViolationException startedElsewhere) {
            LOG.info("Appraisal {} of street {} was started by another node", year, street.code());
            return false;
        }
    }

    /** The launcher's schedule, on unless {@code gongzhi.appraisal.launcher} is false (the tests). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "gongzhi.appraisal.launcher", havingValue = "true", matchIfMissing = true)
    static class Schedule {
    }
}
