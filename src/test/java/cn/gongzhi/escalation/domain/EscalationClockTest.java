package cn.gongzhi.escalation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.registry.RegistryDirectory;
import cn.gongzhi.registry.RegistryDirectory.Unit;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.support.Configs;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The escalation's own clock: report-in is due at the decision's limit or {@code report-in-lead} before the meeting,
 * whichever is first; the meeting is at least {@code minimum-notice} away; a department that has not reported in when
 * the meeting begins is absent and late. Each boundary pinned, with the defaults (30 minutes, 1 hour).
 */
class EscalationClockTest {

    private static final long ESCALATION = 9L;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 14, 0);

    private final EscalationRepository escalations = mock(EscalationRepository.class);
    private final EscalationDepartmentRepository departments = mock(EscalationDepartmentRepository.class);
    private final RegistryService registry = mock(RegistryService.class);
    private final Convening records = new Convening(new EscalationLedger(escalations,
            mock(EscalationPetitionRepository.class), departments, mock(CommitmentRepository.class),
            mock(EscalationEventRepository.class), registry, Clock.fixed(ZonedDateTime.of(NOW, CHINA).toInstant(),
                    CHINA)), registry, Configs.bind(EscalationProperties.class));
    private final Escalation escalation = new Escalation("heyuan", "qinghe", "PROPERTY_MANAGEMENT", "MANUAL",
            "wangfang", NOW.minusDays(1), "instance-1");

    @BeforeEach
    void twoStreetsDepartments() {
        when(escalations.findById(ESCALATION)).thenReturn(Optional.of(escalation));
        when(registry.directory()).thenReturn(new RegistryDirectory(List.of(), List.of(), List.of(
                new Unit("housing", "区住房和城乡建设委员会", "qinghe"),
                new Unit("water-east", "东坝水务所", "dongba"),
                new Unit("district-power", "区供电公司", null)), List.of()));
        when(registry.department(any())).thenReturn(Optional.empty());
    }

    @Test
    void theStreetOffersItsOwnAndDistrictWideDepartmentsAndRefusesAnotherStreets() {
        assertThat(records.departmentChoices(ESCALATION)).extracting(Convening.DepartmentChoice::code)
                .containsExactly("housing", "district-power");
        escalation.setReportInLimit("P1D");
        assertThatThrownBy(() -> records.confirmDepartments(ESCALATION, List.of("housing", "water-east"),
                "2026-12-02T09:30", "gaojian")).isInstanceOf(InvalidFieldException.class)
                .extracting("field").isEqualTo("departments");
        verify(departments, never()).save(any());
    }

    @Test
    void reportInIsDueAtTheLimitWhenTheMeetingIsFarEnoughAway() {
        escalation.setReportInLimit("PT30M");
        assertThat(summon("2026-12-02T09:30")).isEqualTo(NOW.plusMinutes(30));
        // the limit ends exactly report-in-lead before the meeting: both give the same time
        escalation.setReportInLimit("PT30M");
        assertThat(summon("2026-11-30T15:00")).isEqualTo(NOW.plusMinutes(30));
    }

    @Test
    void reportInIsDueBeforeTheMeetingWhenTheLimitWouldRunPastIt() {
        escalation.setReportInLimit("P1D");
        // a meeting three hours on: report in by 16:30, not by tomorrow
        assertThat(summon("2026-11-30T17:00")).isEqualTo(LocalDateTime.of(2026, 11, 30, 16, 30));
        // the earliest meeting allowed (minimum notice, one hour): report in within the half hour
        assertThat(summon("2026-11-30T15:00")).isEqualTo(LocalDateTime.of(2026, 11, 30, 14, 30));
    }

    @Test
    void aMeetingLessThanTheMinimumNoticeAwayIsRefused() {
        escalation.setReportInLimit("PT30M");
        assertThatThrownBy(() -> records.confirmDepartments(ESCALATION, List.of("housing"), "2026-11-30T14:59",
                "gaojian")).isInstanceOf(InvalidFieldException.class).hasMessageContaining("1 小时")
                .extracting("field").isEqualTo("meetingTime");
        assertThatThrownBy(() -> records.confirmDepartments(ESCALATION, List.of("housing"), "2026-11-30T13:59",
                "gaojian")).hasMessageContaining("晚于现在");
        verify(departments, never()).save(any());
    }

    @Test
    void aDepartmentThatHasNotReportedInWhenTheMeetingBeginsIsAbsentAndLate() {
        EscalationDepartment reported = new EscalationDepartment(ESCALATION, "housing", NOW, NOW.plusMinutes(30));
        reported.reportedIn("housing-liaison", NOW.plusMinutes(10));
        EscalationDepartment silent = new EscalationDepartment(ESCALATION, "district-power", NOW, NOW.plusMinutes(30));
        when(departments.findByEscalationIdOrderById(ESCALATION)).thenReturn(List.of(reported, silent));
        assertThat(records.closeReportIn(ESCALATION)).containsExactly("district-power");
        assertThat(silent.isLate()).isTrue();
        assertThat(silent.getAttended()).isFalse();
        assertThat(reported.isLate()).isFalse();
        assertThat(reported.getAttended()).as("reporting in is not attending: the meeting's record says").isNull();
    }

    @Test
    void theDefaultsAreHalfAnHourAndAnHour() {
        assertThat(Configs.bind(EscalationProperties.class).reportInLead()).isEqualTo(Duration.ofMinutes(30));
        assertThat(Configs.bind(EscalationProperties.class).minimumNotice()).isEqualTo(Duration.ofHours(1));
    }

    /** Summons housing to a meeting at this time; the report-in due date it was given. */
    private LocalDateTime summon(String meeting) {
        ArgumentCaptor<EscalationDepartment> saved = ArgumentCaptor.forClass(EscalationDepartment.class);
        records.confirmDepartments(ESCALATION, List.of("housing"), meeting, "gaojian");
        verify(departments, atLeastOnce()).save(saved.capture());
        return saved.getValue().getReportDue();
    }
}
