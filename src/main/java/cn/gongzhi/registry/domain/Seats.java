package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.MemberRole;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Who holds which seat in a community, across its committees. */
@Component
public class Seats {

    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;

    Seats(CommitteeRepository committees, CommitteeMemberRepository members) {
        this.committees = committees;
        this.members = members;
    }

    /** Members of the community's residents' or villagers' committee. */
    public List<CommitteeMember> selfGoverningMembers(Long communityId) {
        List<Long> ids = committees.findByCommunityIdOrderById(communityId).stream()
                .filter(c -> c.getKind().isSelfGoverningCommittee()).map(Committee::getId).toList();
        return ids.isEmpty() ? List.of() : members.findByCommitteeIdIn(ids);
    }

    /**
     * Person keys of those who hold both chairs (一肩挑): secretary of the community Party organisation and director
     * of its residents' or villagers' committee.
     */
    public Set<String> oneShoulderHolders(Long communityId) {
        List<Committee> bodies = committees.findByCommunityIdOrderById(communityId);
        Set<String> secretaries = holders(bodies.stream().filter(c -> c.getKind().isPartyOrganisation()).toList(),
                MemberRole.SECRETARY);
        Set<String> directors = holders(bodies.stream().filter(c -> c.getKind().isSelfGoverningCommittee()).toList(),
                MemberRole.DIRECTOR);
        Set<String> both = new HashSet<>(secretaries);
        both.retainAll(directors);
        return both;
    }

    private Set<String> holders(List<Committee> bodies, MemberRole role) {
        if (bodies.isEmpty()) {
            return Set.of();
        }
        return members.findByCommitteeIdIn(bodies.stream().map(Committee::getId).toList()).stream()
                .filter(m -> m.getRole() == role)
                .map(CommitteeMember::personKey)
                .collect(Collectors.toSet());
    }
}
