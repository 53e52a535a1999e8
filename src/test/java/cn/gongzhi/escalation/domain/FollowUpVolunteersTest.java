package cn.gongzhi.escalation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.escalation.VolunteersRequested;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.support.Configs;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The volunteers a joint meeting asks for: 0 asks for no one (no task needed, nothing recorded or told), the maximum
 * ({@code gongzhi.escalation.max-volunteers}, default 10) is accepted, one more is refused naming the field; any
 * volunteers need a task.
 */
class FollowUpVolunteersTest {

    private static final long ESCALATION = 4L;

    private final EscalationRepository escalations = mock(EscalationRepository.class);
    private final EscalationEventRepository events = mock(EscalationEventRepository.class);
    private final ApplicationEventPublisher publisher = mock(ApplicationEventPublisher.class);
    private final FollowUpVolunteers volunteers = new FollowUpVolunteers(new EscalationLedger(escalations,
            mock(EscalationPetitionRepository.class), mock(EscalationDepartmentRepository.class),
            mock(CommitmentRepository.class), events, mock(RegistryService.class), Clock.system(ZoneId.of(
                    "Asia/Shanghai"))), Configs.bind(EscalationProperties.class), publisher);

    @Test
    void noneAsksForNoOneAndTellsNoOne() {
        assertThat(volunteers.read(0L, null)).isEqualTo(FollowUpVolunteers.Request.NONE);
        assertThat(volunteers.read(null, "任务")).as("a client that does not know the field")
                .isEqualTo(FollowUpVolunteers.Request.NONE);
        volunteers.request(ESCALATION, FollowUpVolunteers.Request.NONE, "zhaolei");
        verify(publisher, never()).publishEvent(any(Object.class));
        verify(events, never()).save(any());
    }

    @Test
    void theMaximumIsAcceptedAndOneMoreIsRefused() {
        assertThat(Configs.bind(EscalationProperties.class).maxVolunteers()).isEqualTo(10);
        assertThat(volunteers.read(10L, "协助回访").volunteers()).isEqualTo(10);
        assertThatThrownBy(() -> volunteers.read(11L, "协助回访")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("党员志愿者人数")
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("volunteers"));
        assertThatThrownBy(() -> volunteers.read(-1L, "协助回访")).isInstanceOf(InvalidFieldException.class);
        assertThat(new FollowUpVolunteers(null, Configs.bind(EscalationProperties.class, "max-volunteers=3"), publisher)
                .read(3L, "协助回访").volunteers()).isEqualTo(3);
        assertThatThrownBy(() -> Configs.bind(EscalationProperties.class, "max-volunteers=51"))
                .as("no more than a service item's places").isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining("maxVolunteers");
    }

    @Test
    void volunteersNeedATaskAndAreRecordedAndToldToTheMembersModule() {
        assertThatThrownBy(() -> volunteers.read(2L, " ")).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("volunteerTask"));
        Escalation escalation = new Escalation("heyuan", "qinghe", "PROPERTY_MANAGEMENT", "MANUAL", "wangfang",
                LocalDateTime.now(), "instance-1");
        when(escalations.findById(ESCALATION)).thenReturn(Optional.of(escalation));
        volunteers.request(ESCALATION, volunteers.read(2L, "协助回访沿街住户"), "zhaolei");
        verify(publisher).publishEvent(new VolunteersRequested(ESCALATION, "heyuan", 2, "协助回访沿街住户"));
        verify(events).save(any());
    }
}
