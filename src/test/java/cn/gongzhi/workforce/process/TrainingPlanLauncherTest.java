package cn.gongzhi.workforce.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.registry.TrainingPeople.TrainingCommunity;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.support.Configs;
import cn.gongzhi.workforce.domain.TrainingProperties;
import cn.gongzhi.workforce.domain.TrainingRounds;
import java.time.Clock;
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
 * The launcher at the configured day: nothing the day before; from the day on one start per community with a head
 * and no round yet, bound to its round; a community without a head gets none, one started already (by hand, or
 * earlier) or by another node at the same moment (the unique key) is skipped without a second instance.
 */
class TrainingPlanLauncherTest {

    private final TrainingPeople people = mock(TrainingPeople.class);
    private final TrainingRounds rounds = mock(TrainingRounds.class);
    private final RuntimeService runtime = mock(RuntimeService.class);
    private TrainingPlanLauncher launcher;

    @BeforeEach
    void wire() {
        launcher = new TrainingPlanLauncher(people, rounds, runtime, Configs.bind(TrainingProperties.class),
                mock(PlatformTransactionManager.class), Clock.system(ZoneId.of("Asia/Shanghai")));
        when(people.communities()).thenReturn(List.of(community(1), community(2), community(3), community(4)));
        when(people.head(1L)).thenReturn(Optional.of("head1"));
        when(people.head(2L)).thenReturn(Optional.of("head2"));
        when(people.head(3L)).thenReturn(Optional.of("head3"));
        when(people.head(4L)).thenReturn(Optional.empty());
        when(rounds.open(1L, 2026, TrainingPlanLauncher.SYSTEM)).thenReturn(11L);
        when(rounds.open(2L, 2026, TrainingPlanLauncher.SYSTEM))
                .thenThrow(new InvalidFieldException("community", "已经发起，不能重复发起"));
        when(rounds.open(3L, 2026, TrainingPlanLauncher.SYSTEM))
                .thenThrow(new DataIntegrityViolationException("uk_training_plan_round"));
        ProcessInstance instance = mock(ProcessInstance.class);
        when(instance.getId()).thenReturn("pi-1");
        when(runtime.startProcessInstanceByMessage(eq(TrainingPlanProcess.MESSAGE_DUE), anyMap()))
                .thenReturn(instance);
    }

    private static TrainingCommunity community(long id) {
        return new TrainingCommunity(id, "c" + id, "社区" + id, 1L, "qinghe");
    }

    @Test
    void nothingStartsTheDayBeforeTheConfiguredDay() {
        assertThat(launcher.launch(LocalDate.of(2026, 1, 9))).isZero();
        verify(rounds, never()).open(anyLong(), anyInt(), anyString());
    }

    @Test
    void fromTheDayOnEachCommunityWithAHeadAndNoRoundIsStartedOnce() {
        assertThat(launcher.launch(LocalDate.of(2026, 1, 10))).isEqualTo(1);
        verify(runtime, times(1)).startProcessInstanceByMessage(eq(TrainingPlanProcess.MESSAGE_DUE), anyMap());
        verify(runtime).startProcessInstanceByMessage(TrainingPlanProcess.MESSAGE_DUE,
                Map.of("trainingRoundId", 11L, "communityCode", "c1", "streetCode", "qinghe"));
        verify(rounds).bind(11L, "pi-1");
        verify(rounds, never()).open(eq(4L), anyInt(), any());
    }

    @Test
    void aSecondLookTheSameYearStartsNothingMore() {
        launcher.launch(LocalDate.of(2026, 1, 10));
        when(rounds.open(1L, 2026, TrainingPlanLauncher.SYSTEM))
                .thenThrow(new InvalidFieldException("community", "已经发起，不能重复发起"));
        assertThat(launcher.launch(LocalDate.of(2026, 1, 11))).isZero();
        verify(runtime, times(1)).startProcessInstanceByMessage(eq(TrainingPlanProcess.MESSAGE_DUE), anyMap());
    }

    @Test
    void aNodeWhoseLauncherIsOffStartsNothingOnItsSchedule() {
        TrainingPlanLauncher off = new TrainingPlanLauncher(people, rounds, runtime,
                Configs.bind(TrainingProperties.class, "launcher=false"), mock(PlatformTransactionManager.class),
                Clock.fixed(LocalDate.of(2026, 3, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                        ZoneId.of("Asia/Shanghai")));
        off.onSchedule();
        verify(rounds, never()).open(anyLong(), anyInt(), anyString());
    }
}
