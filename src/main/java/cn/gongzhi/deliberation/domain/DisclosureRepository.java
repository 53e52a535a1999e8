package cn.gongzhi.deliberation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisclosureRepository extends JpaRepository<Disclosure, Long> {

    Optional<Disclosure> findByNumber(String number);

    List<Disclosure> findByDeliberationIdOrderByPublishedAtAscIdAsc(Long deliberationId);

    List<Disclosure> findTop200ByStatusInOrderByPublishedAtDesc(List<cn.gongzhi.deliberation.DisclosureStatus> statuses);
}
