package cn.gongzhi.registry.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkerQualificationRepository extends JpaRepository<WorkerQualification, Long> {

    List<WorkerQualification> findByWorkerIdOrderByIssuedOnAscIdAsc(Long workerId);
    List<WorkerQualification> findByWorkerIdIn(java.util.Collection<Long> workerIds);

    /** Certificates whose registration ends within these days, both included (renewals, CertificateRenewals). */
    List<WorkerQualification> findByValidUntilBetweenOrderByValidUntilAscIdAsc(java.time.LocalDate from,
            java.time.LocalDate to);
}
