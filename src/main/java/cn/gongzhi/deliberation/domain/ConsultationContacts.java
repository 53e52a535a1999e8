package cn.gongzhi.deliberation.domain;

import cn.gongzhi.deliberation.MemberContactsNamed;
import cn.gongzhi.registry.ActiveMembers;
import cn.gongzhi.registry.ActiveMembers.ActiveMember;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Party members a consultation's stakeholders' notice names as its contacts (党员联络人): only ACTIVE members of
 * the consultation's community with a login (the registry's {@link ActiveMembers}: those who may take a service
 * item), checked when the notice is recorded, not only when the form opened; the named members' ids leave the module
 * as {@link MemberContactsNamed}, published in the step's transaction (a refused step publishes nothing).
 */
@Service
@Transactional(readOnly = true)
public class ConsultationContacts {

    /** The stakeholders form's field of the members named. */
    public static final String FIELD = "memberContacts";

    private final DeliberationRepository deliberations;
    private final ActiveMembers members;
    private final ApplicationEventPublisher events;

    ConsultationContacts(DeliberationRepository deliberations, ActiveMembers members,
            ApplicationEventPublisher events) {
        this.deliberations = deliberations;
        this.members = members;
        this.events = events;
    }

    /** The members the form offers: the consultation's community's active members with a login, by name. */
    public List<ActiveMember> offered(long deliberationId) {
        return members.of(community(deliberationId));
    }

    /**
     * The named members, each an active member of the consultation's community now, or a 400 naming the field;
     * {@code memberIds} are the form's values (member ids as text).
     */
    public List<ActiveMember> named(long deliberationId, List<String> memberIds) {
        Map<String, ActiveMember> active = offered(deliberationId).stream()
                .collect(Collectors.toMap(m -> String.valueOf(m.memberId()), Function.identity()));
        List<ActiveMember> named = new ArrayList<>();
        for (String id : memberIds) {
            ActiveMember member = active.get(id);
            if (member == null) {
                throw new InvalidFieldException(FIELD, "党员联络人须是本社区在岗的报到党员，请从列表中选择");
            }
            if (!named.contains(member)) {
                named.add(member);
            }
        }
        return named;
    }

    /** The named members leave the module: the members module offers each a service item. */
    public void announce(long deliberationId, List<ActiveMember> named) {
        if (!named.isEmpty()) {
            events.publishEvent(new MemberContactsNamed(deliberationId, community(deliberationId),
                    named.stream().map(ActiveMember::memberId).toList()));
        }
    }

    private String community(long deliberationId) {
        return deliberations.findById(deliberationId)
                .orElseThrow(() -> new RecordNotFoundException("议事协商", deliberationId)).getCommunityCode();
    }
}
