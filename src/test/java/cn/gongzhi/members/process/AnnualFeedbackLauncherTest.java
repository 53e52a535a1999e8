package cn.gongzhi.members.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.members.domain.AnnualFeedbackProperties;
import cn.gongzhi.members.domain.AnnualFeedbacks;
import cn.gongzhi.registry.PartyMemberLogins;
import cn.gongzhi.registry.PartyMemberLogins.UnitOrg;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.support.Configs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The launcher at the configured day: nothing the day before; from the day on one start per unit that has a line and
 * no report yet, each with its report; a unit without reported members (refused by the report's rules) gets none, and
 * one another node started at the same moment (the unique key) is skipped without a second instance.
 */
class AnnualFeedbackLauncherTest {

    private final PartyMemberLogins logins = mock(PartyMemberLogins.class);
    private final AnnualFeedbacks feedbacks = mock(AnnualFeedbacks.class);
    private final RuntimeService runtime = mock(RuntimeService.class);
    private AnnualFeedbackLauncher launcher;

    @BeforeEach
    void wire() {
        launcher = new AnnualFeedbackLauncher(logins, feedbacks, runtime,
                Configs.bind(AnnualFeedbackProperties.class), mock(PlatformTransactionManager.class),
                Clock.system(ZoneId.of("Asia/Shanghai")));
        when(logins.units()).thenReturn(List.of(unit(1), unit(2), unit(3)));
        when(feedbacks.open(1L, 2026, AnnualFeedbackLauncher.SYSTEM)).thenReturn(11L);
        when(feedbacks.open(2L, 2026, AnnualFeedbackLauncher.SYSTEM))
                .thenThrow(new InvalidFieldException("feedbackYear", "无须反馈"));
        when(feedbacks.open(3L, 2026, AnnualFeedbackLauncher.SYSTEM))
                .thenThrow(new DataIntegrityViolationException("uk_annual_feedback_report"));
    }

    private static UnitOrg unit(long id) {
        return new UnitOrg(id, "单位党组织" + id, "单位" + id, "联系人", null);
    }

    @Test
    void nothingStartsTheDayBeforeTheConfiguredDay() {
        assertThat(launcher.launch(LocalDate.of(2026, 12, 14))).isZero();
        verify(feedbacks, never()).open(any(Long.class), any(Integer.class), anyString());
    }

    @Test
    void fromTheDayOnEachUnitWithMembersAndNoReportIsStartedOnce() {
        assertThat(launcher.launch(LocalDate.of(2026, 12, 15))).isEqualTo(1);
        verify(runtime, times(1)).startProcessInstanceByMessage(eq(AnnualFeedbackProcess.MESSAGE_DUE), anyMap());
        verify(runtime).startProcessInstanceByMessage(AnnualFeedbackProcess.MESSAGE_DUE,
                Map.of("annualFeedbackId", 11L, "workUnitOrgId", 1L));
    }

    @Test
    void aNodeWhoseLauncherIsOffStartsNothingOnItsScheduleEvenOnTheDay() {
        AnnualFeedbackLauncher off = new AnnualFeedbackLauncher(logins, feedbacks, runtime,
                Configs.bind(AnnualFeedbackProperties.class, "launcher=false"), mock(PlatformTransactionManager.class),
                Clock.fixed(LocalDate.of(2026, 12, 20).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                        ZoneId.of("Asia/Shanghai")));
        off.onSchedule();
        verify(feedbacks, never()).open(org.mockito.ArgumentMatchers.anyLong(),
                org.mockito.ArgumentMatchers.anyInt(), anyString());
    }
}
