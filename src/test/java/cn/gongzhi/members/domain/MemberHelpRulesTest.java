package cn.gongzhi.members.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.members.ServiceItemStatus;
import cn.gongzhi.members.ServiceKind;
import cn.gongzhi.members.ServiceSource;
import cn.gongzhi.members.domain.ServiceOffers.Offer;
import cn.gongzhi.registry.ActiveMembers;
import cn.gongzhi.registry.ActiveMembers.ActiveMember;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.support.Configs;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The procedures' offers at their boundaries ({@code gongzhi.member-help.*}, defaults and changed values): the claim
 * deadline {@code offer-period} and the window {@code service-period} after the offer, a service period shorter than
 * the offer refused at start-up, places from 1 to {@code max-places}, one offer per procedure and member, an item
 * offered to one member claimable by her alone, and the lapse at the deadline.
 */
class MemberHelpRulesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);
    private final Clock clock = Clock.fixed(NOW.atZone(CHINA).toInstant(), CHINA);
    private final ServiceItemRepository items = mock(ServiceItemRepository.class);
    private final ServiceClaimRepository claims = mock(ServiceClaimRepository.class);
    private ServiceOffers offers;

    @BeforeEach
    void wire() {
        offers = offers(Configs.bind(MemberHelpProperties.class));
        when(items.saveAndFlush(any())).thenAnswer(call -> {
            ServiceItem item = call.getArgument(0);
            ReflectionTestUtils.setField(item, "id", 5L);
            return item;
        });
    }

    private ServiceOffers offers(MemberHelpProperties help) {
        return new ServiceOffers(items, claims, help, CommunityServiceRulesTest.defaults(), clock);
    }

    private static Offer help(int places, Long member) {
        return new Offer(ServiceKind.PETITION_HELP, ServiceSource.PETITION, "P-1", "heyuan", "协助办理诉求 P-1", "详情",
                places, member, "system");
    }

    private ServiceItem saved() {
        ArgumentCaptor<ServiceItem> item = ArgumentCaptor.forClass(ServiceItem.class);
        verify(items).saveAndFlush(item.capture());
        return item.getValue();
    }

    @Test
    void theDeadlineAndTheWindowFollowTheConfiguration() {
        MemberHelpProperties defaults = Configs.bind(MemberHelpProperties.class);
        assertThat(defaults.offerPeriod()).isEqualTo(Duration.ofHours(48));
        assertThat(defaults.servicePeriod()).isEqualTo(Duration.ofDays(14));
        offers.offer(help(1, 7L));
        ServiceItem item = saved();
        assertThat(item.getStartsAt()).isEqualTo(NOW);
        assertThat(item.getClaimDeadline()).isEqualTo(NOW.plusHours(48));
        assertThat(item.getEndsAt()).isEqualTo(NOW.plusDays(14));
        assertThat(item.getOfferedMemberId()).isEqualTo(7L);
        assertThat(item.getSourceKind()).isEqualTo(ServiceSource.PETITION);
        assertThat(item.getStatus()).isEqualTo(ServiceItemStatus.PUBLISHED);
        assertThat(item.getProcessInstanceId()).as("bound when its process starts").isNull();
    }

    @Test
    void aServicePeriodShorterThanTheOfferIsRefusedAndEqualIsAccepted() {
        assertThat(Configs.bind(MemberHelpProperties.class, "offer-period=72h", "service-period=3d").servicePeriod())
                .isEqualTo(Duration.ofDays(3));
        assertThatThrownBy(() -> Configs.bind(MemberHelpProperties.class, "offer-period=72h",
                "service-period=71h")).isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining("service-period must be at least offer-period");
        offers(Configs.bind(MemberHelpProperties.class, "offer-period=72h", "service-period=3d")).offer(help(1, 7L));
        ServiceItem item = saved();
        assertThat(item.getClaimDeadline()).isEqualTo(item.getEndsAt());
    }

    @Test
    void placesLieBetweenOneAndTheMaximum() {
        assertThatThrownBy(() -> offers.offer(help(0, null))).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> offers.offer(help(51, null))).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("1 到 50");
        assertThat(offers.offer(help(50, null))).isPresent();
    }

    @Test
    void oneOfferPerProcedureAndMember() {
        when(items.existsBySourceKindAndSourceRefAndOfferedMemberId(ServiceSource.PETITION, "P-1", 7L))
                .thenReturn(true);
        assertThat(offers.offer(help(1, 7L))).isEmpty();
        assertThat(offers.offer(help(1, 8L))).as("another member of the same petition").isPresent();
        when(items.existsBySourceKindAndSourceRefAndOfferedMemberIdIsNull(ServiceSource.PETITION, "P-1"))
                .thenReturn(true);
        assertThat(offers.offer(help(3, null))).isEmpty();
    }

    @Test
    void theOfferLapsesWithoutAClaimAndGoesAheadWithOne() {
        offers.offer(help(2, null));
        ServiceItem item = saved();
        when(items.findById(5L)).thenReturn(Optional.of(item));
        when(claims.countByItemId(5L)).thenReturn(0L);
        assertThat(offers.lapse(5L)).isFalse();
        assertThat(item.getStatus()).isEqualTo(ServiceItemStatus.CANCELLED);
        when(claims.countByItemId(5L)).thenReturn(1L);
        assertThat(offers.lapse(5L)).isTrue();
        assertThat(item.getStatus()).isEqualTo(ServiceItemStatus.CLAIMED);
    }

    @Test
    void anOfferedItemBindsToItsFirstInstanceOnly() {
        offers.offer(help(1, 7L));
        ServiceItem item = saved();
        when(items.findById(5L)).thenReturn(Optional.of(item));
        offers.bind(5L, "instance-1");
        offers.bind(5L, "instance-1");
        assertThatThrownBy(() -> offers.bind(5L, "instance-2")).isInstanceOf(StepRefused.class);
        assertThat(item.getProcessInstanceId()).isEqualTo("instance-1");
    }

    @Test
    void anItemOfferedToOneMemberIsHersToClaimAlone() {
        ActiveMembers members = mock(ActiveMembers.class);
        ServicePublishing publishing = new ServicePublishing(items, claims, members,
                CommunityServiceRulesTest.defaults(), mock(RegistryService.class), clock);
        offers.offer(help(1, 7L));
        ServiceItem item = saved();
        when(items.findById(5L)).thenReturn(Optional.of(item));
        ActiveMember zheng = new ActiveMember(7L, "郑国华", "zhengguohua");
        ActiveMember he = new ActiveMember(8L, "何晓燕", "hexiaoyan");
        when(members.of("heyuan")).thenReturn(List.of(zheng, he));
        when(members.byLogin("hexiaoyan", "heyuan")).thenReturn(Optional.of(he));
        assertThat(publishing.claimants(5L)).containsExactly("zhengguohua");
        assertThatThrownBy(() -> publishing.claim(5L, "hexiaoyan")).isInstanceOf(StepRefused.class);
        verify(claims, never()).save(any());
    }
}
