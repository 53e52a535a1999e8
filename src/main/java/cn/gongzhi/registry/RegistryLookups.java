package cn.gongzhi.registry;

import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.DepartmentRef;
import cn.gongzhi.registry.RegistryService.GridRef;
import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.CommunityWorkerRepository;
import cn.gongzhi.registry.domain.DepartmentRepository;
import cn.gongzhi.registry.domain.GridRepository;
import cn.gongzhi.registry.domain.Street;
import cn.gongzhi.registry.domain.StreetRepository;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The registry's cached look-ups, through Spring's cache abstraction (Caffeine, see
 * {@code RegistryConfiguration}). Communities, their grids (with each grid's worker), departments and the workers'
 * names change a few times a year and are read several times per petition step: they are kept for {@code gongzhi.registry.cache-seconds} (default 60), and dropped at once when
 * this node's registry changes. Another node's change shows here within that time. An unknown community code is
 * not remembered (it may be created in a moment); caseloads are never cached.
 */
@Component
class RegistryLookups {

    static final String COMMUNITIES = "registry-communities";
    static final String DEPARTMENT_DUTIES = "registry-department-duties";
    static final String GRIDS = "registry-grids";
    static final String WORKER_NAMES = "registry-worker-names";

    /** A department with the categories of matter its duties cover. */
    record DepartmentDuties(DepartmentRef department, Set<String> duties) {}

    private final CommunityRepository communities;
    private final StreetRepository streets;
    private final DepartmentRepository departments;
    private final GridRepository grids;
    private final CommunityWorkerRepository workers;

    RegistryLookups(CommunityRepository communities, StreetRepository streets, DepartmentRepository departments,
            GridRepository grids, CommunityWorkerRepository workers) {
        this.communities = communities;
        this.streets = streets;
        this.departments = departments;
        this.grids = grids;
        this.workers = workers;
    }

    /** The community with this code, or {@code null} (not cached) when there is none. */
    @Cacheable(cacheNames = COMMUNITIES, unless = "#result == null")
    @Transactional(readOnly = true)
    public CommunityRef community(String code) {
        return communities.findByCode(code).map(this::ref).orElse(null);
    }

    /** The grid with this code, with its community and its grid worker's login, or {@code null} (not cached). */
    @Cacheable(cacheNames = GRIDS, unless = "#result == null")
    @Transactional(readOnly = true)
    public GridRef grid(String code) {
        return grids.findByCode(code).map(g -> new GridRef(g.getCode(), g.getName(),
                communities.findById(g.getCommunityId()).map(Community::getCode).orElseThrow(),
                g.getGridWorkerId() == null ? null
                        : workers.findById(g.getGridWorkerId()).map(CommunityWorker::getUsername).orElse(null)))
                .orElse(null);
    }

    /** The name of the community worker with this login, or {@code null} (not cached) when there is none. */
    @Cacheable(cacheNames = WORKER_NAMES, unless = "#result == null")
    @Transactional(readOnly = true)
    public String workerName(String username) {
        return workers.findByUsername(username).map(CommunityWorker::getName).orElse(null);
    }

    /** Every department with its duties, in registry order. */
    @Cacheable(DEPARTMENT_DUTIES)
    @Transactional(readOnly = true)
    public List<DepartmentDuties> departmentDuties() {
        Map<Long, String> streetCodes = streets.findAll().stream()
                .collect(Collectors.toMap(Street::getId, Street::getCode));
        return departments.findAll(Sort.by("id")).stream()
                .map(d -> new DepartmentDuties(new DepartmentRef(d.getCode(), d.getName(),
                        streetCodes.get(d.getStreetId())), Set.copyOf(d.getDuties())))
                .toList();
    }

    /** Drops the cached look-ups once a change of the registry on this node has committed. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @CacheEvict(cacheNames = {COMMUNITIES, DEPARTMENT_DUTIES, GRIDS, WORKER_NAMES}, allEntries = true)
    public void onRegistryChanged(RegistryChanged change) {
        // the annotation does the work
    }

    CommunityRef ref(Community c) {
        return ref(c, streets.findById(c.getStreetId()).map(Street::getCode).orElse(null));
    }

    /** A community's reference, its street's code already known: the one place such a reference is built. */
    static CommunityRef ref(Community c, String streetCode) {
        return new CommunityRef(c.getCode(), c.getName(), c.getType(), streetCode);
    }
}
