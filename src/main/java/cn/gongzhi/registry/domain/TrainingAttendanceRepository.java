package cn.gongzhi.registry.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingAttendanceRepository extends JpaRepository<TrainingAttendance, Long> {

    boolean existsByWorkerIdAndCourseId(Long workerId, Long courseId);

    List<TrainingAttendance> findByWorkerIdAndCreditedOnBetweenOrderByCreditedOnAscIdAsc(Long workerId, LocalDate from, LocalDate to);
}
