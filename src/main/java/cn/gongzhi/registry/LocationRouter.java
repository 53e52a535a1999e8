package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.Boundaries;
import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.Grid;
import cn.gongzhi.registry.domain.GridRepository;
import cn.gongzhi.registry.domain.LocationIndex;
import cn.gongzhi.registry.domain.LocationIndex.Area;
import cn.gongzhi.registry.domain.RegistryProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Routes a point (WGS 84 latitude and longitude, as a phone or a 311 client sends it) to the community and grid whose
 * boundaries contain it (docs/registry.md, "Boundaries"; the rule for points on an edge is {@link LocationIndex}'s).
 * The boundaries are held in memory as an STR-tree index, built on the first look-up and again on the first look-up
 * after a community or grid changed on this node, or after {@code gongzhi.registry.cache-seconds} (another node's
 * change shows within that time, as with the registry's other cached look-ups). A rebuild reads every boundary:
 * about 0.3–0.4 s with 5,000 grids (docs/performance.md).
 */
@Service
public class LocationRouter {

    private static final Logger log = LoggerFactory.getLogger(LocationRouter.class);

    private record Snapshot(LocationIndex index, long generation, Instant until) {}

    private final CommunityRepository communities;
    private final GridRepository grids;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;
    private final Duration keepFor;
    private final ReentrantLock rebuilding = new ReentrantLock();

    LocationRouter(CommunityRepository communities, GridRepository grids, Clock clock,
            RegistryProperties properties) {
        this.communities = communities;
        this.grids = grids;
        this.clock = clock;
        this.keepFor = Duration.ofSeconds(properties.cacheSeconds());
    }

    /**
     * The community, and the grid if one of its grids contains the point; empty when the point lies outside every
     * boundary (the caller refuses, or asks for the community).
     */
    public Optional<LocatedPlace> locate(double latitude, double longitude) {
        return index().locate(latitude, longitude);
    }

    /**
     * The index as it stands. After a change on this node every look-up waits for the rebuilt index; when the
     * snapshot has only grown old, one look-up rebuilds it while the others go on with the old one.
     */
    LocationIndex index() {
        Snapshot current = snapshot;
        if (current != null && current.generation() == generation.get()) {
            if (clock.instant().isBefore(current.until()) || !rebuilding.tryLock()) {
                return current.index();
            }
            try {
                return refreshed().index();
            } finally {
                rebuilding.unlock();
            }
        }
        rebuilding.lock();
        try {
            return refreshed().index();
        } finally {
            rebuilding.unlock();
        }
    }

    /** Under the lock: the snapshot, built again unless another thread has just done so. */
    private Snapshot refreshed() {
        Snapshot current = snapshot;
        if (current == null || current.generation() != generation.get() || !clock.instant().isBefore(current.until())) {
            current = build();
            snapshot = current;
        }
        return current;
    }

    private Snapshot build() {
        long building = generation.get();
        long started = System.nanoTime();
        List<Community> allCommunities = communities.findAll();
        Map<Long, Community> byId = allCommunities.stream().collect(Collectors.toMap(Community::getId, Function.identity()));
        List<Area> communityAreas = new ArrayList<>();
        for (Community c : allCommunities) {
            Geometry boundary = read(c.getBoundary(), "社区", c.getCode());
            if (boundary != null) {
                communityAreas.add(new Area(c.getCode(), c.getName(), c.getCode(), boundary));
            }
        }
        List<Area> gridAreas = new ArrayList<>();
        for (Grid g : grids.findAll()) {
            Geometry boundary = read(g.getBoundary(), "网格", g.getCode());
            Community community = byId.get(g.getCommunityId());
            if (boundary != null && community != null) {
                gridAreas.add(new Area(g.getCode(), g.getName(), community.getCode(), boundary));
            }
        }
        LocationIndex index = new LocationIndex(communityAreas, gridAreas,
                allCommunities.stream().collect(Collectors.toMap(Community::getCode, Community::getName)));
        log.debug("Location index built: {} community and {} grid boundaries in {} ms", communityAreas.size(),
                gridAreas.size(), (System.nanoTime() - started) / 1_000_000);
        return new Snapshot(index, building, clock.instant().plus(keepFor));
    }

    private static Geometry read(String stored, String kind, String code) {
        Geometry boundary = Boundaries.read(stored);
        if (boundary == null && stored != null && !stored.isBlank()) {
            log.warn("The boundary of {} {} cannot be read and routes nothing", kind, code);
        }
        return boundary;
    }

    /** Marks the index stale once a change of a community or grid on this node has committed. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void onRegistryChanged(RegistryChanged change) {
        if (change.kind().equals("communities") || change.kind().equals("grids")) {
            generation.incrementAndGet();
        }
    }
}
