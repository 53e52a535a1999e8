package cn.gongzhi.members.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.members.ClaimStatus;
import cn.gongzhi.members.ServiceItemStatus;
import cn.gongzhi.members.ServiceKind;
import cn.gongzhi.members.domain.ServicePublishing.Publication;
import cn.gongzhi.registry.ActiveMembers;
import cn.gongzhi.registry.ActiveMembers.ActiveMember;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepRefused;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/** Every limit of community service at its boundary, from the configuration (defaults and a changed value). */
class CommunityServiceRulesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);
    private final Clock clock = Clock.fixed(NOW.atZone(CHINA).toInstant(), CHINA);
    private final ServiceItemRepository items = mock(ServiceItemRepository.class);
    private final ServiceClaimRepository claims = mock(ServiceClaimRepository.class);
    private final ActiveMembers members = mock(ActiveMembers.class);
    private final CommunityServiceProperties properties = defaults();
    private ServicePublishing publishing;
    private ServiceRecords records;

    static CommunityServiceProperties defaults() {
        return bind(Map.of());
    }

    static CommunityServiceProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("gongzhi.community-service", CommunityServiceProperties.class);
    }

    @BeforeEach
    void wire() {
        publishing = new ServicePublishing(items, claims, members, properties, mock(RegistryService.class), clock);
        records = new ServiceRecords(items, claims, properties, clock);
        when(items.save(any())).thenAnswer(i -> {
            ServiceItem saved = i.getArgument(0);
            ReflectionTestUtils.setField(saved, "id", 1L);
            return saved;
        });
    }

    @Test
    void theDefaultsAreThoseTheGuideNames() {
        assertThat(properties.maxPlaces()).isEqualTo(50);
        assertThat(properties.reminderLead()).isEqualTo(Duration.ofHours(24));
        assertThat(properties.recordWindow()).isEqualTo(Duration.ofHours(72));
        assertThat(properties.maxHours()).isEqualByComparingTo("12");
        assertThat(properties.minimumClaimTime()).isEqualTo(Duration.ofHours(1));
        assertThat(bind(Map.of("gongzhi.community-service.max-places", "3")).maxPlaces()).isEqualTo(3);
    }

    private static Publication publication(int places, LocalDateTime deadline, LocalDateTime start, LocalDateTime end) {
        return new Publication(ServiceKind.VOLUNTEER_ACTIVITY, "清扫楼道", "2号楼楼道", places, start, end, deadline,
                null, null);
    }

    private void publish(int places, LocalDateTime deadline, LocalDateTime start, LocalDateTime end) {
        publishing.publish(publication(places, deadline, start, end), "heyuan", "wangfang", "pi-1");
    }

    @ParameterizedTest
    @CsvSource({"0,false", "1,true", "50,true", "51,false"})
    void placesLieBetweenOneAndTheConfiguredMost(int places, boolean accepted) {
        LocalDateTime start = NOW.plusDays(2);
        if (accepted) {
            assertThatCode(() -> publish(places, NOW.plusDays(1), start, start.plusHours(2))).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> publish(places, NOW.plusDays(1), start, start.plusHours(2)))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("名额");
        }
    }

    @Test
    void theClaimDeadlineLiesAtLeastTheMinimumAfterPublishingAndNotAfterTheStart() {
        LocalDateTime start = NOW.plusDays(2);
        assertThatCode(() -> publish(1, NOW.plusHours(1), start, start.plusHours(1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> publish(1, NOW.plusMinutes(59), start, start.plusHours(1)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("认领截止");
        assertThatCode(() -> publish(1, start, start, start.plusHours(1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> publish(1, start.plusMinutes(1), start, start.plusHours(1)))
                .hasMessageContaining("不能晚于服务开始");
        assertThatThrownBy(() -> publish(1, NOW.plusDays(1), start, start)).hasMessageContaining("服务结束须晚于开始");
    }

    @Test
    void aMicroWishNamesItsResidentAndKeepsHerNameMaskedOnly() {
        LocalDateTime start = NOW.plusDays(2);
        Publication wish = new Publication(ServiceKind.MICRO_WISH, "修水龙头", "3号楼", 1, start, start.plusHours(1),
                NOW.plusDays(1), null, "13812345678");
        assertThatThrownBy(() -> publishing.publish(wish, "heyuan", "wangfang", "pi-1"))
                .hasMessageContaining("姓名");
        verify(items, never()).save(any());
        Publication named = new Publication(ServiceKind.MICRO_WISH, "修水龙头", "3号楼", 1, start, start.plusHours(1),
                NOW.plusDays(1), "李秀英", "13812345678");
        publishing.publish(named, "heyuan", "wangfang", "pi-1");
        verify(items).save(org.mockito.ArgumentMatchers.argThat(i -> "李**".equals(i.getResidentName())));
    }

    private ServiceItem item(LocalDateTime deadline, int places) {
        ServiceItem item = new ServiceItem(ServiceKind.MICRO_WISH, "heyuan", "修水龙头", "3号楼", places,
                NOW.plusDays(2), NOW.plusDays(2).plusHours(2), deadline);
        ReflectionTestUtils.setField(item, "id", 5L);
        when(items.findById(5L)).thenReturn(Optional.of(item));
        return item;
    }

    @Test
    void onlyAnActiveMemberOfTheCommunityClaimsBeforeTheDeadlineWhilePlacesRemain() {
        ServiceItem item = item(NOW.plusMinutes(1), 2);
        when(members.byLogin("hexiaoyan", "heyuan")).thenReturn(Optional.of(new ActiveMember(8L, "何晓燕", "hexiaoyan")));
        assertThatThrownBy(() -> publishing.claim(5L, "zhengguohua")).isInstanceOf(StepRefused.class)
                .hasMessageContaining("在岗");
        when(claims.countByItemId(5L)).thenReturn(1L);
        assertThat(publishing.claim(5L, "hexiaoyan")).as("one place left after hers").isZero();
        assertThat(item.getStatus()).as("the last place closes the claims").isEqualTo(ServiceItemStatus.CLAIMED);
        when(claims.countByItemId(5L)).thenReturn(2L);
        item.moveTo(ServiceItemStatus.PUBLISHED);
        assertThatThrownBy(() -> publishing.claim(5L, "hexiaoyan")).hasMessageContaining("名额已满");
        when(claims.existsByItemIdAndMemberId(5L, 8L)).thenReturn(true);
        assertThatThrownBy(() -> publishing.claim(5L, "hexiaoyan")).hasMessageContaining("已认领过");
    }

    @Test
    void claimsCloseAtTheDeadlineItself() {
        item(NOW, 2);
        when(members.byLogin("hexiaoyan", "heyuan")).thenReturn(Optional.of(new ActiveMember(8L, "何晓燕", "hexiaoyan")));
        assertThatThrownBy(() -> publishing.claim(5L, "hexiaoyan")).hasMessageContaining("认领已截止");
        verify(claims, never()).save(any());
    }

    @Test
    void theBranchGoesAheadOnlyWithAClaim() {
        item(NOW.plusDays(1), 2);
        assertThatThrownBy(() -> publishing.closeClaims(5L)).hasMessageContaining("只能取消");
    }

    @ParameterizedTest
    @CsvSource({"0,false", "0.5,true", "1.25,false", "12,true", "12.5,false"})
    void hoursAreHalfHoursUpToTheConfiguredMost(String hours, boolean accepted) {
        if (accepted) {
            assertThatCode(() -> records.requireHours(new BigDecimal(hours))).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> records.requireHours(new BigDecimal(hours)))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("0.5 到 12 小时");
        }
    }

    @Test
    void aMemberRecordsOnlyHerOwnClaimAndOnlyOnce() {
        ServiceClaim claim = new ServiceClaim(5L, 8L, "hexiaoyan", NOW);
        when(claims.findById(11L)).thenReturn(Optional.of(claim));
        assertThatThrownBy(() -> records.record(11L, "zhengguohua", BigDecimal.ONE, "修好了"))
                .isInstanceOf(StepRefused.class);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.CLAIMED);
        records.record(11L, "hexiaoyan", BigDecimal.ONE, "修好了");
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.SERVED);
        assertThatThrownBy(() -> records.record(11L, "hexiaoyan", BigDecimal.ONE, "修好了"))
                .hasMessageContaining("已登记");
        assertThatThrownBy(() -> records.noShow(11L, "wangfang")).hasMessageContaining("不能记为未到岗");
        records.sendBack(11L, "请写明服务了哪户");
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.RETURNED);
        assertThatThrownBy(() -> records.confirm(11L, "wangfang")).hasMessageContaining("只能确认或退回已登记的服务");
    }

    @Test
    void theReminderAndTheRecordWindowFollowTheConfiguration() {
        item(NOW.plusDays(1), 1);
        ServiceClaim claim = new ServiceClaim(5L, 8L, "hexiaoyan", NOW);
        when(claims.findById(11L)).thenReturn(Optional.of(claim));
        assertThat(records.reminderAt(5L)).isEqualTo(NOW.plusDays(2).minusHours(24));
        assertThat(records.recordDue(11L)).isEqualTo(NOW.plusDays(2).plusHours(2).plusHours(72));
        ServiceRecords shortWindow = new ServiceRecords(items, claims, bind(Map.of(
                "gongzhi.community-service.record-window", "2h", "gongzhi.community-service.reminder-lead", "30m")),
                clock);
        assertThat(shortWindow.recordDue(11L)).isEqualTo(NOW.plusDays(2).plusHours(4));
        assertThat(shortWindow.reminderAt(5L)).isEqualTo(NOW.plusDays(2).minusMinutes(30));
    }

    @Test
    void onlyAMicroWishGetsTheResidentsAnswerAndClosesMetOrNot() {
        ServiceItem item = item(NOW.plusDays(1), 1);
        records.residentAnswered(5L, false, null, "chenjing");
        assertThatThrownBy(() -> records.residentAnswered(5L, true, null, "chenjing")).hasMessageContaining("一次");
        assertThat(records.close(5L)).isEqualTo(ServiceItemStatus.NOT_MET);
        assertThat(item.getClosedAt()).isEqualTo(NOW);
        assertThat(List.of(ServiceItemStatus.MET.label(), ServiceItemStatus.PUBLISHED.label(),
                ServiceItemStatus.CLAIMED.label())).containsExactly("已实现", "待认领", "已认领");
    }
}
