package cn.gongzhi.workforce.process;

import cn.gongzhi.registry.CertificateRenewals;
import cn.gongzhi.registry.CertificateRenewals.Certificate;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.workforce.domain.CertificateRenewalProperties;
import cn.gongzhi.workforce.domain.CertificateRenewalRecords;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Starts a renewal cycle for every certificate valid today whose registration ends within the first reminder
 * ({@code gongzhi.workers.renewal.first-reminder}, 90 days): the demo's and migrated ones, and those recorded later.
 * Each start is one transaction: the cycle's row (unique per certificate and last valid day) and its instance. A
 * certificate with a cycle for that day (renewed, lapsed or open), or with any cycle still open, gets none: a second
 * look, or a second node's, starts nothing twice (the unique key rolls back a start that raced another). A renewal
 * moves the last valid day, so the next cycle starts when that day comes within the window.
 */
@Component
class CertificateRenewalLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateRenewalLauncher.class);

    private final CertificateRenewals certificates;
    private final CertificateRenewalRecords records;
    private final RuntimeService runtime;
    private final CertificateRenewalProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CertificateRenewalLauncher(CertificateRenewals certificates, CertificateRenewalRecords records,
            RuntimeService runtime, CertificateRenewalProperties properties,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.certificates = certificates;
        this.records = records;
        this.runtime = runtime;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gongzhi.workers.renewal.check-every:PT6H}", initialDelayString = "PT2M")
    void onSchedule() {
        // scheduling may be on for another reason (another module's schedule): the setting decides here too
        if (properties.launcher()) {
            launch();
        }
    }

    /** Starts the cycles due today; returns how many instances it started. */
    int launch() {
        LocalDate today = LocalDate.now(clock);
        int started = 0;
        for (Certificate certificate : certificates.endingBy(properties.windowEnd(today))) {
            if (start(certificate)) {
                started++;
            }
        }
        return started;
    }

    private boolean start(Certificate certificate) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                Optional<Long> renewal = records.open(certificate);
                if (renewal.isEmpty()) {
                    return false;
                }
                ProcessInstance instance = runtime.startProcessInstanceByKey(CertificateRenewalProcess.KEY, Map.of(
                        CertificateRenewalProcess.RENEWAL_ID.name(), renewal.get(),
                        CertificateRenewalProcess.COMMUNITY_CODE.name(), certificate.communityCode(),
                        CommonVariables.MATTER_CATEGORY.name(), "证书注册续期",
                        CommonVariables.MATTER_PLACE.name(), certificate.communityName(),
                        CommonVariables.MATTER_SUMMARY.name(), certificate.workerName() + " 的"
                                + certificate.level().label() + "证书 " + certificate.validUntil() + " 到期"));
                records.bind(renewal.get(), instance.getId());
                return true;
            }));
        } catch (DataIntegrityViolationException startedElsewhere) {
            LOG.info("The renewal of certificate {} ending {} was started by another node",
                    certificate.qualificationId(), certificate.validUntil());
            return false;
        }
    }

    /** The launcher's schedule, on unless {@code gongzhi.workers.renewal.launcher} is false (the tests). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "gongzhi.workers.renewal.launcher", havingValue = "true", matchIfMissing = true)
    static class Schedule {
    }
}
