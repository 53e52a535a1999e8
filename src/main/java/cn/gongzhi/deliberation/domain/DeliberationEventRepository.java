package cn.gongzhi.deliberation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliberationEventRepository extends JpaRepository<DeliberationEvent, Long> {

    List<DeliberationEvent> findByDeliberationIdOrderByOccurredAtAscIdAsc(Long deliberationId);
}
