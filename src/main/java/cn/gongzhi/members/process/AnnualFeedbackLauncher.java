package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.AnnualFeedbackProperties;
import cn.gongzhi.members.domain.AnnualFeedbacks;
import cn.gongzhi.registry.PartyMemberLogins;
import cn.gongzhi.registry.PartyMemberLogins.UnitOrg;
import cn.gongzhi.shared.InvalidFieldException;
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
 * Starts the year's annual feedback for every work unit's Party organisation that has a line that year and no report
 * yet, from the configured day on (China time). Each start is one transaction: the report row (unique per unit and
 * year) and the instance, started by {@code Message_AnnualFeedbackDue}. A restart simply looks again (a day missed
 * while every node was down is caught up on the next look); a second node's insert of the same unit and year fails
 * on the unique key and rolls back its start, so no unit gets two. A unit without a line that year is skipped (no
 * report), so is one without its contact's login (logged; a branch starts it by hand once the login is recorded).
 */
@Component
class AnnualFeedbackLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(AnnualFeedbackLauncher.class);
    static final String SYSTEM = "system";

    private final PartyMemberLogins logins;
    private final AnnualFeedbacks feedbacks;
    private final RuntimeService runtime;
    private final AnnualFeedbackProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AnnualFeedbackLauncher(PartyMemberLogins logins, AnnualFeedbacks feedbacks, RuntimeService runtime,
            AnnualFeedbackProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.logins = logins;
        this.feedbacks = feedbacks;
        this.runtime = runtime;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gongzhi.annual-feedback.check-every:PT1H}", initialDelayString = "PT2M")
    void onSchedule() {
        // scheduling may be on for another reason (another module's schedule): the setting decides here too
        if (properties.launcher()) {
            launch(LocalDate.now(clock));
        }
    }

    /** Starts the feedback due on this day; returns how many instances it started. */
    int launch(LocalDate today) {
        Optional<Integer> due = properties.yearDue(today);
        if (due.isEmpty()) {
            return 0;
        }
        int started = 0;
        for (UnitOrg unit : logins.units()) {
            if (start(unit, due.get())) {
                started++;
            }
        }
        return started;
    }

    private boolean start(UnitOrg unit, int year) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                long reportId = feedbacks.open(unit.id(), year, SYSTEM);
                runtime.startProcessInstanceByMessage(AnnualFeedbackProcess.MESSAGE_DUE, Map.of(
                        AnnualFeedbackProcess.REPORT_ID.name(), reportId,
                        AnnualFeedbackProcess.ORG_ID.name(), unit.id()));
                return true;
            }));
        } catch (InvalidFieldException skipped) {
            if (skipped.getMessage() != null && skipped.getMessage().contains("联系人")) {
                LOG.warn("Annual feedback {} not started for work unit org {}: {}", year, unit.id(),
                        skipped.getMessage());
            }
            return false;
        } catch (DataIntegrityViolationException startedElsewhere) {
            LOG.info("Annual feedback {} of work unit org {} was started by another node", year, unit.id());
            return false;
        }
    }

    /** The launcher's schedule, on unless {@code gongzhi.annual-feedback.launcher} is false (the tests). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "gongzhi.annual-feedback.launcher", havingValue = "true", matchIfMissing = true)
    static class Schedule {
    }
}
