package cn.gongzhi.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.deliberation.MemberContactsNamed;
import cn.gongzhi.registry.ActiveMembers;
import cn.gongzhi.registry.ActiveMembers.ActiveMember;
import cn.gongzhi.shared.InvalidFieldException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The consultation's Party member contacts: only the consultation's community's active members (with a login) are
 * offered and accepted; a member of another community, one who is not active (any more) or an id typed in is refused
 * naming the field, and nothing is announced.
 */
class ConsultationContactsTest {

    private static final long TOPIC = 9L;
    private static final ActiveMember ZHENG = new ActiveMember(7L, "郑国华", "zhengguohua");
    private static final ActiveMember HE = new ActiveMember(8L, "何晓燕", "hexiaoyan");

    private final DeliberationRepository deliberations = mock(DeliberationRepository.class);
    private final ActiveMembers members = mock(ActiveMembers.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final ConsultationContacts contacts = new ConsultationContacts(deliberations, members, events);

    @BeforeEach
    void consultation() {
        Deliberation topic = mock(Deliberation.class);
        when(topic.getCommunityCode()).thenReturn("heyuan");
        when(deliberations.findById(TOPIC)).thenReturn(Optional.of(topic));
        when(members.of("heyuan")).thenReturn(List.of(ZHENG, HE));
        when(members.of("liushu")).thenReturn(List.of(new ActiveMember(9L, "周志刚", "zhouzhigang")));
    }

    @Test
    void theCommunitysActiveMembersAreOfferedNamedAndAnnounced() {
        assertThat(contacts.offered(TOPIC)).containsExactly(ZHENG, HE);
        List<ActiveMember> named = contacts.named(TOPIC, List.of("8", "7", "8"));
        assertThat(named).containsExactly(HE, ZHENG);
        contacts.announce(TOPIC, named);
        verify(events).publishEvent(new MemberContactsNamed(TOPIC, "heyuan", List.of(8L, 7L)));
    }

    @Test
    void aMemberOfAnotherCommunityOrNoMemberIsRefusedNamingTheField() {
        for (String id : List.of("9", "12345", "郑国华")) {
            assertThatThrownBy(() -> contacts.named(TOPIC, List.of("7", id))).isInstanceOf(InvalidFieldException.class)
                    .hasMessageContaining("党员联络人须是本社区在岗的报到党员")
                    .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("memberContacts"));
        }
        contacts.announce(TOPIC, List.of());
        verify(events, never()).publishEvent(any(Object.class));
    }
}
