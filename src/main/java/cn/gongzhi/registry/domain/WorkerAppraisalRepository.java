package cn.gongzhi.registry.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkerAppraisalRepository extends JpaRepository<WorkerAppraisal, Long> {

    List<WorkerAppraisal> findByWorkerIdOrderByAppraisalYearAsc(Long workerId);
    Optional<WorkerAppraisal> findByWorkerIdAndAppraisalYear(Long workerId, int appraisalYear);
}
