package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.WorkerQualification;
import cn.gongzhi.registry.domain.WorkerQualificationRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's qualification as assignment reads it: the highest level among her certificates valid today in China
 * ({@link WorkerRules#isValidOn}); {@link Qualification#NONE} when none is. An expired certificate stays on her record
 * but no longer counts.
 */
@Component
@Transactional(readOnly = true)
class WorkerQualifications {

    private final WorkerQualificationRepository qualifications;
    private final Clock clock;

    WorkerQualifications(WorkerQualificationRepository qualifications, Clock clock) {
        this.qualifications = qualifications;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Qualification levelToday(long workerId) {
        return best(qualifications.findByWorkerIdOrderByIssuedOnAscIdAsc(workerId), today());
    }

    /** The level valid today of each worker named (those without a valid certificate: NONE). */
    Map<Long, Qualification> levelsToday(Collection<Long> workerIds) {
        LocalDate today = today();
        Map<Long, List<WorkerQualification>> byWorker = new HashMap<>();
        qualifications.findByWorkerIdIn(workerIds)
                .forEach(q -> byWorker.computeIfAbsent(q.getWorkerId(), k -> new ArrayList<>()).add(q));
        Map<Long, Qualification> levels = new HashMap<>();
        for (Long id : workerIds) {
            levels.put(id, best(byWorker.getOrDefault(id, List.of()), today));
        }
        return levels;
    }

    static Qualification best(List<WorkerQualification> held, LocalDate day) {
        return held.stream().filter(q -> q.isValidOn(day)).map(WorkerQualification::getLevel)
                .max(Comparator.naturalOrder()).orElse(Qualification.NONE);
    }
}
