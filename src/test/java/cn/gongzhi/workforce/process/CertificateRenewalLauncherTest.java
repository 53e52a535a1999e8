package cn.gongzhi.workforce.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.registry.CertificateRenewals;
import cn.gongzhi.registry.CertificateRenewals.Certificate;
import cn.gongzhi.registry.Qualification;
import cn.gongzhi.support.Configs;
import cn.gongzhi.workforce.domain.CertificateRenewalProperties;
import cn.gongzhi.workforce.domain.CertificateRenewalRecords;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The launcher looks for certificates ending within the first reminder and starts one cycle for each that has none:
 * a certificate whose cycle is open (or done for that last valid day) gets none, one another node started at the same
 * moment (the unique key) is skipped, and a second look starts nothing twice.
 */
class CertificateRenewalLauncherTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final CertificateRenewals certificates = mock(CertificateRenewals.class);
    private final CertificateRenewalRecords records = mock(CertificateRenewalRecords.class);
    private final RuntimeService runtime = mock(RuntimeService.class);
    private CertificateRenewalLauncher launcher;

    @BeforeEach
    void wire() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), CHINA);
        launcher = new CertificateRenewalLauncher(certificates, records, runtime,
                Configs.bind(CertificateRenewalProperties.class), mock(PlatformTransactionManager.class), clock);
        when(certificates.endingBy(LocalDate.of(2027, 2, 27))).thenReturn(List.of(certificate(21), certificate(22),
                certificate(23)));
        when(records.open(certificate(21))).thenReturn(Optional.of(101L), Optional.empty());
        when(records.open(certificate(22))).thenReturn(Optional.empty());
        when(records.open(certificate(23))).thenThrow(new DataIntegrityViolationException("uk_certificate_renewal"));
        ProcessInstance instance = mock(ProcessInstance.class);
        when(instance.getId()).thenReturn("pi-101");
        when(runtime.startProcessInstanceByKey(eq(CertificateRenewalProcess.KEY), anyMap())).thenReturn(instance);
    }

    private static Certificate certificate(long id) {
        return new Certificate(id, 4L, "zhangwei", "张伟", "heyuan", "和园社区", Qualification.ASSISTANT,
                "**********0347", LocalDate.of(2021, 6, 30), LocalDate.of(2027, 1, 12), null);
    }

    @Test
    void eachCertificateWithinTheFirstReminderGetsOneCycleHoweverOftenTheLauncherLooks() {
        assertThat(launcher.launch()).as("the window ends 90 days from today, China time").isEqualTo(1);
        assertThat(launcher.launch()).as("the second look").isZero();
        verify(runtime, times(1)).startProcessInstanceByKey(eq(CertificateRenewalProcess.KEY), anyMap());
        verify(runtime).startProcessInstanceByKey(CertificateRenewalProcess.KEY, Map.of(
                "certificateRenewalId", 101L, "communityCode", "heyuan", "matterCategory", "证书注册续期",
                "matterPlace", "和园社区", "matterSummary", "张伟 的助理社会工作师证书 2027-01-12 到期"));
        verify(records).bind(101L, "pi-101");
        verify(records, times(0)).bind(eq(102L), anyString());
    }

    @Test
    void aNodeWhoseLauncherIsOffStartsNothingOnItsSchedule() {
        CertificateRenewalLauncher off = new CertificateRenewalLauncher(certificates, records, runtime,
                Configs.bind(CertificateRenewalProperties.class, "launcher=false"),
                mock(PlatformTransactionManager.class), Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), CHINA));
        off.onSchedule();
        org.mockito.Mockito.verifyNoInteractions(certificates, runtime);
    }
}
