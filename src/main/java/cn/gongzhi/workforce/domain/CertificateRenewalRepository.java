package cn.gongzhi.workforce.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRenewalRepository extends JpaRepository<CertificateRenewal, Long> {

    Optional<CertificateRenewal> findByQualificationIdAndValidUntil(Long qualificationId, LocalDate validUntil);

    boolean existsByQualificationIdAndStatus(Long qualificationId, CertificateRenewal.Status status);
}
