package cn.gongzhi.identity;

import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.Starter;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read a record through our staff APIs, the same scope as the tasks: the staff and bodies of the record's
 * community, its street, the departments the record involves (convened to it, or handed it back), the hotline for
 * petitions, and administrators. Anyone else is answered as if the record did not exist, so a number's existence is not confirmed.
 */
@Component
public class RecordReaders {

    /** Which of a community's groups read a kind of record. */
    public enum Kind {
        /**
         * Petitions: the community's workers, heads, Party organisation and residents' (villagers') committee, and the
         * 12345 hotline, which receives residents' calls about any petition.
         */
        PETITION,
        /** Escalations: as petitions. */
        ESCALATION,
        /** Deliberations and their meetings: every body of the community, the representatives and supervision committee
         * included. */
        DELIBERATION
    }

    private final RegistryService registry;

    RecordReaders(RegistryService registry) {
        this.registry = registry;
    }

    /** Whether this user may read a record of this kind, of this community, involving these departments. */
    public boolean mayRead(Authentication authentication, Kind kind, String communityCode,
            Collection<String> departments) {
        Starter user = Actors.of(authentication);
        if (user.isAdmin() || kind == Kind.PETITION && user.isIn(GroupIds.HOTLINE)) {
            return true;
        }
        List<String> community = kind == Kind.DELIBERATION ? GroupIds.communityGroups(communityCode)
                : List.of(GroupIds.partyBranch(communityCode), GroupIds.committee(communityCode),
                        GroupIds.workers(communityCode), GroupIds.gridWorkers(communityCode),
                        GroupIds.communitySupervisors(communityCode));
        if (community.stream().anyMatch(user::isIn)) {
            return true;
        }
        boolean street = registry.streetOf(communityCode)
                .map(code -> GroupIds.streetGroups(code).stream().anyMatch(user::isIn)).orElse(false);
        return street || departments.stream().anyMatch(code -> code != null && user.isIn(GroupIds.department(code)));
    }
}
