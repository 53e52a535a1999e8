package cn.gongzhi.supervision;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.registry.RegistryDirectory;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which communities a supervisor may see (street supervisors their street's, community supervisors their own,
 * administrators all), and what a requested unit covers within them.
 */
@Component
class SupervisionScope {

    /** The petitions a summary counts: these communities, narrowed by one column where the unit says so. */
    record Selection(SupervisionUnit unit, String unitId, String unitName, List<String> communities, String column,
            String value) {}

    /** What the dashboard offers the caller to choose from. */
    record Visible(List<CommunityRef> communities, List<String> streets) {}

    private final RegistryService registry;
    private final PetitionService petitions;

    SupervisionScope(RegistryService registry, PetitionService petitions) {
        this.registry = registry;
        this.petitions = petitions;
    }

    Visible visible(Collection<String> groups) {
        boolean admin = groups.contains(GroupIds.ADMIN);
        Set<String> streets = new LinkedHashSet<>();
        Set<String> own = new LinkedHashSet<>();
        for (String group : groups) {
            if (group.startsWith("street-supervisors-")) {
                streets.add(group.substring("street-supervisors-".length()));
            } else if (group.startsWith("supervisors-")) {
                own.add(group.substring("supervisors-".length()));
            }
        }
        List<CommunityRef> communities = registry.communities().stream()
                .filter(c -> admin || streets.contains(c.streetCode()) || own.contains(c.code())).toList();
        if (admin) {
            communities.forEach(c -> streets.add(c.streetCode()));
        }
        if (communities.isEmpty()) {
            throw new AccessDeniedException("只有街道或社区的督办负责人可以查看服务指标");
        }
        return new Visible(communities, List.copyOf(streets));
    }

    Selection select(Collection<String> groups, SupervisionUnit unit, String unitId) {
        Visible visible = visible(groups);
        List<String> codes = visible.communities().stream().map(CommunityRef::code).toList();
        if (unitId == null || unitId.isBlank()) {
            throw new InvalidFieldException("unitId", "请指定要查看的" + label(unit) + "（unitId）");
        }
        return switch (unit) {
            case STREET -> {
                List<String> street = visible.communities().stream().filter(c -> unitId.equals(c.streetCode()))
                        .map(CommunityRef::code).toList();
                if (!visible.streets().contains(unitId)) {
                    throw new AccessDeniedException("无权查看街道 " + unitId + " 的指标");
                }
                String name = registry.directory().streets().stream().filter(u -> u.code().equals(unitId))
                        .map(RegistryDirectory.Unit::name).findFirst().orElse(unitId);
                yield new Selection(unit, unitId, name, street, null, null);
            }
            case COMMUNITY -> {
                CommunityRef community = registry.community(unitId)
                        .orElseThrow(() -> new RecordNotFoundException("社区", unitId));
                yield new Selection(unit, unitId, community.name(), allowed(codes, community.code()), null, null);
            }
            case GRID -> {
                var grid = registry.grid(unitId).orElseThrow(() -> new RecordNotFoundException("网格", unitId));
                yield new Selection(unit, unitId, grid.name(), allowed(codes, grid.communityCode()), "grid_code", unitId);
            }
            case WORKER -> {
                var worker = registry.worker(unitId).orElseThrow(() -> new RecordNotFoundException("社区工作者", unitId));
                yield new Selection(unit, unitId, worker.name(), allowed(codes, worker.communityCode()),
                        "assigned_worker", unitId);
            }
            case CATEGORY -> {
                var category = petitions.categories().stream().filter(c -> c.code().equals(unitId)).findFirst()
                        .orElseThrow(() -> new RecordNotFoundException("诉求类别", unitId));
                yield new Selection(unit, unitId, category.name(), codes, "category_code", unitId);
            }
            case DEPARTMENT -> {
                var department = registry.department(unitId)
                        .orElseThrow(() -> new RecordNotFoundException("职能部门", unitId));
                yield new Selection(unit, unitId, department.name(), codes, "return_department", unitId);
            }
        };
    }

    private static List<String> allowed(List<String> visible, String community) {
        if (!visible.contains(community)) {
            throw new AccessDeniedException("无权查看社区 " + community + " 的指标");
        }
        return List.of(community);
    }

    private static String label(SupervisionUnit unit) {
        return switch (unit) {
            case STREET -> "街道";
            case COMMUNITY -> "社区";
            case GRID -> "网格";
            case WORKER -> "社区工作者";
            case CATEGORY -> "诉求类别";
            case DEPARTMENT -> "职能部门";
        };
    }
}
