package cn.gongzhi.registry.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GradeChangeRepository extends JpaRepository<GradeChange, Long> {

    List<GradeChange> findByWorkerIdOrderByEffectiveOnAscIdAsc(Long workerId);
}
