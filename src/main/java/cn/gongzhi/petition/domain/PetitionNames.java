package cn.gongzhi.petition.domain;

import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.DepartmentRef;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What staff and residents read instead of codes: a petition's category, place, workers and departments by name, each
 * falling back to the code when the registry no longer knows it.
 */
@Component
public class PetitionNames {

    private final PetitionCategoryRepository categories;
    private final RegistryService registry;
    /** The catalogue's names by code: Flyway's reference data, changed only by a migration, so kept once read. */
    private final Map<String, String> categoryNames = new ConcurrentHashMap<>();

    PetitionNames(PetitionCategoryRepository categories, RegistryService registry) {
        this.categories = categories;
        this.registry = registry;
    }

    public String category(String code) {
        String name = categoryNames.get(code);
        if (name == null) {
            name = categories.findById(code).map(PetitionCategory::getName).orElse(null);
            if (name == null) {
                return code; // not in the catalogue: not remembered
            }
            categoryNames.put(code, name);
        }
        return name;
    }

    public String community(String code) {
        return registry.community(code).map(CommunityRef::name).orElse(code);
    }

    /** The community and grid by name; "待选择社区（村）" while the recorder has not chosen it. */
    public String place(Petition petition) {
        if (petition.communityPending()) {
            return "待选择社区（村）";
        }
        String community = community(petition.getCommunityCode());
        return petition.getGridCode() == null ? community : registry.grid(petition.getGridCode())
                .map(g -> community + " " + g.name()).orElse(community);
    }

    /** A worker by her name; anyone else (a department's liaison, the system) as recorded. */
    public String person(String login) {
        if (login == null) {
            return PetitionTimeline.SYSTEM;
        }
        return registry.workerName(login).orElse(login);
    }

    /**
     * What the resident calls a worker on her petition: 网格员 when she is the petition's grid's own worker, 社区工作者
     * for any other worker of the community (one who stands in when the grid worker is full or not qualified).
     */
    public String role(Petition petition, String login) {
        boolean gridWorker = login != null && petition.getGridCode() != null && registry.grid(petition.getGridCode())
                .map(RegistryService.GridRef::gridWorkerUsername).filter(login::equals).isPresent();
        return gridWorker ? "网格员" : "社区工作者";
    }

    public String department(String code) {
        return registry.department(code).map(DepartmentRef::name).orElse(code);
    }

    /** The department a petition went back to, or "职能部门" when none is recorded. */
    public String returnDepartment(Petition petition) {
        return petition.getReturnDepartment() == null ? "职能部门" : department(petition.getReturnDepartment());
    }
}
