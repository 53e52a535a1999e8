package cn.gongzhi.petition.domain;

import cn.gongzhi.registry.Qualification;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.WorkerRef;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who handles an admissible petition. The rules, in order:
 * <ol>
 *   <li>the grid worker of the petition's grid, if she has room in her caseload ({@code openCaseload <
 *       caseloadLimit}) and holds the qualification the category needs (e.g. mediation of disputes needs at least
 *       the intermediate social-worker qualification; {@code petition_category.required_qualification});</li>
 *   <li>otherwise the community's qualified worker with room and the lowest share of her caseload in use;</li>
 *   <li>otherwise nobody in particular: the task goes to the community's worker group, where any worker can claim it.</li>
 * </ol>
 */
@Component
public class PetitionAssignment {

    private final RegistryService registry;

    PetitionAssignment(RegistryService registry) {
        this.registry = registry;
    }

    public Optional<WorkerRef> choose(String communityCode, String gridCode, Qualification required) {
        Optional<WorkerRef> gridWorker = Optional.ofNullable(gridCode).flatMap(registry::grid)
                .map(RegistryService.GridRef::gridWorkerUsername).flatMap(registry::worker)
                .filter(w -> suitable(w, required));
        if (gridWorker.isPresent()) {
            return gridWorker;
        }
        return registry.workers(communityCode).stream()
                .filter(w -> suitable(w, required))
                .min(Comparator.comparingDouble((WorkerRef w) -> (double) w.openCaseload() / w.caseloadLimit())
                        .thenComparing(WorkerRef::username));
    }

    static boolean suitable(WorkerRef worker, Qualification required) {
        return worker.hasCapacity() && (required == null || worker.qualification().isAtLeast(required));
    }
}
