package cn.gongzhi.deliberation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByDeliberationIdOrderByOpenedAtAscIdAsc(Long deliberationId);
}
