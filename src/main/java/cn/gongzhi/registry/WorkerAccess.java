package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.Committee;
import cn.gongzhi.registry.domain.CommitteeMember;
import cn.gongzhi.registry.domain.CommitteeMemberRepository;
import cn.gongzhi.registry.domain.CommitteeRepository;
import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.CommunityWorkerRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read and appraise a community worker's record, from the records (never from the login's groups alone):
 * <ul>
 *   <li>the worker herself reads her own;</li>
 *   <li>the head of a community (a worker in the post {@link WorkerPost#HEAD}) reads her community's workers and
 *       proposes their appraisal, never her own;</li>
 *   <li>the street office (a member with a login of the street's Party working committee, 街道党工委) reads the
 *       street's workers and decides their appraisal, never her own.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
class WorkerAccess {

    private final CommunityWorkerRepository workers;
    private final CommunityRepository communities;
    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;

    WorkerAccess(CommunityWorkerRepository workers, CommunityRepository communities, CommitteeRepository committees,
            CommitteeMemberRepository members) {
        this.workers = workers;
        this.communities = communities;
        this.committees = committees;
        this.members = members;
    }

    Optional<CommunityWorker> exists(long workerId) {
        return workers.findById(workerId);
    }

    Optional<CommunityWorker> worker(String username) {
        return username == null ? Optional.empty() : workers.findByUsername(username);
    }

    /** The streets whose office (Party working committee) seats this login. */
    Set<Long> streetOffices(String username) {
        if (username == null) {
            return Set.of();
        }
        List<Long> committeeIds = members.findByUsername(username).stream().map(CommitteeMember::getCommitteeId)
                .toList();
        return committees.findAllById(committeeIds).stream()
                .filter(c -> c.getKind() == CommitteeKind.STREET_PARTY_WORKING_COMMITTEE)
                .map(Committee::getStreetId).collect(Collectors.toSet());
    }

    /** The community this login heads, if she is a worker in the head's post. */
    Optional<Long> headedCommunity(String username) {
        return worker(username).filter(w -> w.getPost() == WorkerPost.HEAD).map(CommunityWorker::getCommunityId);
    }

    Long streetOf(CommunityWorker worker) {
        return communities.findById(worker.getCommunityId()).map(Community::getStreetId).orElse(null);
    }

    /** Whether the login heads or supervises anyone: a community head or a member of a street office. */
    boolean supervises(String username) {
        return headedCommunity(username).isPresent() || !streetOffices(username).isEmpty();
    }

    /** The workers this login may read: herself, her community's if she heads it, her street's if she sits in its office. */
    List<CommunityWorker> visibleTo(String username) {
        Map<Long, CommunityWorker> visible = new LinkedHashMap<>();
        worker(username).ifPresent(w -> visible.put(w.getId(), w));
        headedCommunity(username).ifPresent(c -> workers.findByCommunityIdOrderById(c)
                .forEach(w -> visible.put(w.getId(), w)));
        Set<Long> streets = streetOffices(username);
        if (!streets.isEmpty()) {
            List<Long> streetCommunities = communities.findAll().stream().filter(c -> streets.contains(c.getStreetId()))
                    .map(Community::getId).toList();
            workers.findByCommunityIdIn(streetCommunities).forEach(w -> visible.put(w.getId(), w));
        }
        return visible.values().stream().sorted((a, b) -> Long.compare(a.getId(), b.getId())).toList();
    }

    boolean maySee(String username, CommunityWorker worker) {
        return worker.getUsername().equals(username)
                || headedCommunity(username).filter(c -> c.equals(worker.getCommunityId())).isPresent()
                || streetOffices(username).contains(streetOf(worker));
    }

    /** The head of the worker's own community proposes her appraisal; nobody proposes her own. */
    boolean mayPropose(String username, CommunityWorker worker) {
        return !worker.getUsername().equals(username)
                && headedCommunity(username).filter(c -> c.equals(worker.getCommunityId())).isPresent();
    }

    /** The office of the worker's street decides her appraisal; nobody decides her own. */
    boolean mayAppraise(String username, CommunityWorker worker) {
        return !worker.getUsername().equals(username) && streetOffices(username).contains(streetOf(worker));
    }
}
