package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.CommunityWorkerRepository;
import cn.gongzhi.registry.domain.Street;
import cn.gongzhi.registry.domain.StreetRepository;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in community workers' training, from the records (docs/processes/workers.md, "Training plan"): the
 * street office (a seat on the street's Party working committee, {@link WorkerAccess#streetOffices}) registers
 * courses and approves plans for its street's communities; the head of a community (a worker in the post
 * {@link WorkerPost#HEAD}) plans her community's workers; the workers are the community's worker rows.
 */
@Component
@Transactional(readOnly = true)
public class TrainingPeople {

    /** A community as the training processes see it: its record's id, code and name, and its street. */
    public record TrainingCommunity(long id, String code, String name, long streetId, String streetCode) {}

    /** A worker who may be planned: her record's id, name and login. */
    public record Trainee(long id, String name, String username, long communityId) {}

    private final WorkerAccess access;
    private final CommunityRepository communities;
    private final StreetRepository streets;
    private final CommunityWorkerRepository workers;

    TrainingPeople(WorkerAccess access, CommunityRepository communities, StreetRepository streets,
            CommunityWorkerRepository workers) {
        this.access = access;
        this.communities = communities;
        this.streets = streets;
        this.workers = workers;
    }

    /** The streets whose office seats this login (none for anyone else). */
    public Set<Long> streetOffices(String username) {
        return access.streetOffices(username);
    }

    /** The community this login heads, if she is a worker in the head's post. */
    public Optional<Long> headedCommunity(String username) {
        return access.headedCommunity(username);
    }

    /** The code of a street (its office's group is {@code street-party-<code>}). */
    public Optional<String> streetCode(long streetId) {
        return streets.findById(streetId).map(Street::getCode);
    }

    /** A street's name. */
    public Optional<String> streetName(long streetId) {
        return streets.findById(streetId).map(Street::getName);
    }

    public Optional<TrainingCommunity> community(long communityId) {
        return communities.findById(communityId).map(this::ref);
    }

    /** Every community with a street, in the registry's order. */
    public List<TrainingCommunity> communities() {
        return communities.findAll().stream().filter(c -> c.getStreetId() != null)
                .sorted((a, b) -> Long.compare(a.getId(), b.getId())).map(this::ref).toList();
    }

    /** The communities of these streets, in the registry's order. */
    public List<TrainingCommunity> communitiesOf(Set<Long> streetIds) {
        return communities().stream().filter(c -> streetIds.contains(c.streetId())).toList();
    }

    /** The login of the community's head: the first worker in the head's post (empty when the post is vacant). */
    public Optional<String> head(long communityId) {
        return workers.findByCommunityIdOrderById(communityId).stream().filter(w -> w.getPost() == WorkerPost.HEAD)
                .map(CommunityWorker::getUsername).findFirst();
    }

    /** The community's workers, in the registry's order. */
    public List<Trainee> workers(long communityId) {
        return workers.findByCommunityIdOrderById(communityId).stream().map(TrainingPeople::trainee).toList();
    }

    public Optional<Trainee> worker(long workerId) {
        return workers.findById(workerId).map(TrainingPeople::trainee);
    }

    private TrainingCommunity ref(Community c) {
        return new TrainingCommunity(c.getId(), c.getCode(), c.getName(), c.getStreetId(),
                streetCode(c.getStreetId()).orElse(""));
    }

    private static Trainee trainee(CommunityWorker w) {
        return new Trainee(w.getId(), w.getName(), w.getUsername(), w.getCommunityId());
    }
}
