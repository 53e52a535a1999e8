package cn.gongzhi.registry;

import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.DepartmentRef;
import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.DepartmentRepository;
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
 * {@code RegistryConfiguration}). Communities and departments change a few times a year and are read several times
 * per petition step: they are kept for {@code gongzhi.registry.cache-seconds} (default 60), and dropped at once when
 * this node's registry changes. Another node's change shows here within that time. An unknown community code is
 * not remembered (it may be created in a moment); caseloads are never cached.
 */
@Component
class RegistryLookups {

    static final String COMMUNITIES = "registry-communities";
    static final String DEPARTMENT_DUTIES = "registry-department-duties";

    /** A department with the categories of matter its duties cover. */
    record DepartmentDuties(DepartmentRef department, Set<String> duties) {}

    private final CommunityRepository communities;
    private final StreetRepository streets;
    private final DepartmentRepository departments;

    RegistryLookups(CommunityRepository communities, StreetRepository streets, DepartmentRepository departments) {
        this.communities = communities;
        this.streets = streets;
        this.departments = departments;
    }

    /** The community with this code, or {@code null} (not cached) when there is none. */
    @Cacheable(cacheNames = COMMUNITIES, unless = "#result == null")
    @Transactional(readOnly = true)
    public CommunityRef community(String code) {
        return communities.findByCode(code).map(this::ref).orElse(null);
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
    @CacheEvict(cacheNames = {COMMUNITIES, DEPARTMENT_DUTIES}, allEntries = true)
    public void onRegistryChanged(RegistryChanged change) {
        // the annotation does the work
    }

    CommunityRef ref(Community c) {
        return new CommunityRef(c.getCode(), c.getName(), c.getType(),
                streets.findById(c.getStreetId()).map(Street::getCode).orElse(null));
    }
}
