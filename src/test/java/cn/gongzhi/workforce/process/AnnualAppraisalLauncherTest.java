package cn.gongzhi.workforce.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.registry.RegistryDirectory;
import cn.gongzhi.registry.RegistryDirectory.Unit;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.support.Configs;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import cn.gongzhi.workforce.domain.AppraisalProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The launcher at the configured day: nothing the day before; from the day on one start per street without a round,
 * bound to its instance; a street refused by the round's rules (no workers) or started by another node at the same
 * moment (the unique key) gets none.
 */
class AnnualAppraisalLauncherTest {

    private final RegistryService registry = mock(RegistryService.class);
    private final AnnualAppraisals appraisals = mock(AnnualAppraisals.class);
    private final RuntimeService runtime = mock(RuntimeService.class);
    private AnnualAppraisalLauncher launcher;

    @BeforeEach
    void wire() {
        launcher = new AnnualAppraisalLauncher(registry, appraisals, runtime, Configs.bind(AppraisalProperties.class),
                mock(PlatformTransactionManager.class), Clock.system(ZoneId.of("Asia/Shanghai")));
        when(registry.directory()).thenReturn(new RegistryDirectory(List.of(new Unit("a", "甲街道", null),
                new Unit("b", "乙街道", null), new Unit("c", "丙街道", null)), List.of(), List.of(), List.of()));
        when(appraisals.open("a", 2026, AnnualAppraisalLauncher.SYSTEM)).thenReturn(11L);
        when(appraisals.open("b", 2026, AnnualAppraisalLauncher.SYSTEM))
                .thenThrow(new InvalidFieldException("appraisalStreet", "没有社区工作者"));
        when(appraisals.open("c", 2026, AnnualAppraisalLauncher.SYSTEM))
                .thenThrow(new DataIntegrityViolationException("uk_appraisal_round"));
        ProcessInstance started = mock(ProcessInstance.class);
        when(started.getId()).thenReturn("pi-1");
        when(runtime.startProcessInstanceByMessage(eq(AnnualAppraisalProcess.MESSAGE_DUE), anyMap()))
                .thenReturn(started);
    }

    @Test
    void nothingStartsTheDayBeforeTheConfiguredDay() {
        assertThat(launcher.launch(LocalDate.of(2026, 11, 30))).isZero();
        verify(appraisals, never()).open(anyString(), anyInt(), any());
    }

    @Test
    void fromTheDayOnEachStreetWithoutARoundIsStartedOnce() {
        assertThat(launcher.launch(LocalDate.of(2026, 12, 1))).isEqualTo(1);
        verify(runtime, times(1)).startProcessInstanceByMessage(eq(AnnualAppraisalProcess.MESSAGE_DUE), anyMap());
        verify(appraisals).bind(11L, "pi-1");
    }

    @Test
    void aNodeWhoseLauncherIsOffStartsNothingOnItsScheduleEvenOnTheDay() {
        AnnualAppraisalLauncher off = new AnnualAppraisalLauncher(registry, appraisals, runtime,
                Configs.bind(AppraisalProperties.class, "launcher=false"), mock(PlatformTransactionManager.class),
                Clock.fixed(LocalDate.of(2026, 12, 2).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                        ZoneId.of("Asia/Shanghai")));
        off.onSchedule();
        verify(appraisals, never()).open(anyString(), anyInt(), anyString());
    }
}
