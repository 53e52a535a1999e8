package cn.gongzhi.registry.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GradeChangeRepository extends JpaRepository<GradeChange, Long> {

    List<GradeChange> findByWorkerIdOrderByEffectiveOnAscIdAsc(Long workerId);
}
