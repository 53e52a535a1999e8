package cn.gongzhi.supervision;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.registry.RegistryDirectory;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which communities a supervisor may see (street supervisors their street's, community supervisors their own,
 * administrators all), what a requested unit covers within them, and every unit she may choose, by name.
 */
@Component
class SupervisionScope {

    /** The petitions a summary counts: these communities, narrowed by one column where the unit says so. */
    record Selection(SupervisionUnit unit, String unitId, String unitName, List<String> communities, String column,
            String value) {}

    /** The caller's communities; {@code streets} are the streets she supervises as a whole. */
    record Visible(boolean admin, List<CommunityRef> communities, List<String> streets) {}

    /** One unit to choose: its code, its name, and the community it belongs to (grids and workers). */
    record Choice(String code, String name, String communityCode, String communityName) {}

    /** Everything the caller may choose on the dashboard, by kind. */
    record Options(List<Choice> streets, List<Choice> communities, List<Choice> grids, List<Choice> workers,
            List<Choice> categories, List<Choice> departments) {}

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
        List<CommunityRef> communities;
        if (admin) {
            communities = registry.communities();
            communities.forEach(c -> streets.add(c.streetCode()));
        } else {
            // her streets' and her own communities only: what she sees costs the same in a district of any size
            Map<String, CommunityRef> scoped = new LinkedHashMap<>();
            registry.communitiesOf(streets).forEach(c -> scoped.put(c.code(), c));
            own.forEach(code -> registry.community(code).ifPresent(c -> scoped.putIfAbsent(code, c)));
            communities = List.copyOf(scoped.values());
        }
        if (communities.isEmpty()) {
            throw new AccessDeniedException("只有街道或社区的督办负责人可以查看服务指标");
        }
        return new Visible(admin, communities, List.copyOf(streets));
    }

    /** The units the caller may choose, each by name with its code; nothing outside her street or community. */
    Options options(Collection<String> groups) {
        Visible visible = visible(groups);
        Map<String, String> streetNames = registry.directory().streets().stream()
                .collect(Collectors.toMap(RegistryDirectory.Unit::code, RegistryDirectory.Unit::name, (a, b) -> a));
        List<Choice> streets = visible.streets().stream()
                .map(code -> new Choice(code, streetNames.getOrDefault(code, code), null, null)).toList();
        List<Choice> communities = visible.communities().stream()
                .map(c -> new Choice(c.code(), c.name(), c.code(), c.name())).toList();
        List<Choice> grids = visible.communities().stream().flatMap(c -> registry.grids(c.code()).stream()
                .map(g -> new Choice(g.code(), g.name(), c.code(), c.name()))).toList();
        List<Choice> workers = visible.communities().stream().flatMap(c -> registry.workers(c.code()).stream()
                .map(w -> new Choice(w.username(), w.name(), c.code(), c.name()))).toList();
        List<Choice> categories = petitions.categories().stream()
                .map(c -> new Choice(c.code(), c.name(), null, null)).toList();
        Set<String> ownStreets = visible.communities().stream().map(CommunityRef::streetCode)
                .collect(Collectors.toSet());
        List<Choice> departments = registry.directory().departments().stream()
                .filter(d -> visible.admin() || d.parentCode() == null || ownStreets.contains(d.parentCode()))
                .map(d -> new Choice(d.code(), d.name(), null, null)).toList();
        return new Options(streets, communities, grids, workers, categories, departments);
    }

    /**
     * The unit asked for, if the caller may see it. A unit outside her scope is refused the same way whether it exists
     * or not, and the refusal names nothing but the code she sent; administrators get 404 for an unknown code.
     */
    Selection select(Collection<String> groups, SupervisionUnit unit, String unitId) {
        Visible visible = visible(groups);
        List<String> codes = visible.communities().stream().map(CommunityRef::code).toList();
        if (unitId == null || unitId.isBlank()) {
            throw new InvalidFieldException("unitId", "请选择要查看的" + label(unit));
        }
        return switch (unit) {
            case STREET -> {
                if (!visible.streets().contains(unitId)) {
                    throw refused(visible, unit, unitId, registry.streetName(unitId).isPresent());
                }
                List<String> street = visible.communities().stream().filter(c -> unitId.equals(c.streetCode()))
                        .map(CommunityRef::code).toList();
                String name = registry.streetName(unitId).orElse(unitId);
                yield new Selection(unit, unitId, name, street, null, null);
            }
            case COMMUNITY -> {
                CommunityRef community = within(visible, unit, unitId, registry.community(unitId),
                        CommunityRef::code);
                yield new Selection(unit, unitId, community.name(), List.of(community.code()), null, null);
            }
            case GRID -> {
                var grid = within(visible, unit, unitId, registry.grid(unitId),
                        RegistryService.GridRef::communityCode);
                yield new Selection(unit, unitId, grid.name(), List.of(grid.communityCode()),
                        "grid_code", unitId);
            }
            case WORKER -> {
                var worker = within(visible, unit, unitId, registry.worker(unitId),
                        RegistryService.WorkerRef::communityCode);
                yield new Selection(unit, unitId, worker.name(), List.of(worker.communityCode()), "assigned_worker",
                        unitId);
            }
            case CATEGORY -> {
                var category = petitions.categories().stream().filter(c -> c.code().equals(unitId)).findFirst()
                        .orElseThrow(() -> new RecordNotFoundException("诉求类别", unitId));
                yield new Selection(unit, unitId, category.name(), codes, "category_code", unitId);
            }
            case DEPARTMENT -> {
                Set<String> streets = visible.communities().stream().map(CommunityRef::streetCode)
                        .collect(Collectors.toSet());
                var department = registry.department(unitId);
                if (department.isEmpty() || !(visible.admin() || department.get().streetCode() == null
                        || streets.contains(department.get().streetCode()))) {
                    throw refused(visible, unit, unitId, department.isPresent());
                }
                yield new Selection(unit, unitId, department.get().name(), codes, "return_department", unitId);
            }
        };
    }

    /** The parts a unit is compared by: the street's communities (the caller's), or the community's grids. */
    List<Selection> parts(Selection selection) {
        return switch (selection.unit()) {
            case STREET -> selection.communities().stream().map(code -> registry.community(code).orElseThrow())
                    .map(c -> new Selection(SupervisionUnit.COMMUNITY, c.code(), c.name(), List.of(c.code()), null,
                            null)).toList();
            case COMMUNITY -> registry.grids(selection.unitId()).stream()
                    .map(g -> new Selection(SupervisionUnit.GRID, g.code(), g.name(), List.of(g.communityCode()),
                            "grid_code", g.code())).toList();
            default -> List.of();
        };
    }

    /** The unit, if it lies in one of the caller's communities; otherwise refused without saying whose it is. */
    private <T> T within(Visible visible, SupervisionUnit unit, String unitId, Optional<T> found,
            Function<T, String> community) {
        if (found.isEmpty() || visible.communities().stream()
                .noneMatch(c -> c.code().equals(community.apply(found.get())))) {
            throw refused(visible, unit, unitId, found.isPresent());
        }
        return found.get();
    }

    private static RuntimeException refused(Visible visible, SupervisionUnit unit, String unitId, boolean exists) {
        if (visible.admin() && !exists) {
            return new RecordNotFoundException(label(unit), unitId);
        }
        return new AccessDeniedException("无权查看" + label(unit) + " " + unitId + " 的指标");
    }

    static String label(SupervisionUnit unit) {
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
