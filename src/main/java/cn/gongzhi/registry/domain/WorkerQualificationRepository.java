package cn.gongzhi.registry.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkerQualificationRepository extends JpaRepository<WorkerQualification, Long> {

    List<WorkerQualification> findByWorkerIdOrderByIssuedOnAscIdAsc(Long workerId);
    List<WorkerQualification> findByWorkerIdIn(java.util.Collection<Long> workerIds);
}
