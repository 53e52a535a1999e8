package cn.gongzhi.workforce.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QualificationSubmissionRepository extends JpaRepository<QualificationSubmission, Long> {
}
