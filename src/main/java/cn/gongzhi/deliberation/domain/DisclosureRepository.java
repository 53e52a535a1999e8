package cn.gongzhi.deliberation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DisclosureRepository extends JpaRepository<Disclosure, Long> {

    Optional<Disclosure> findByNumber(String number);

    List<Disclosure> findByDeliberationIdOrderByPublishedAtAscIdAsc(Long deliberationId);

    List<Disclosure> findTop200ByStatusInOrderByPublishedAtDesc(List<cn.gongzhi.deliberation.DisclosureStatus> statuses);

    List<Disclosure> findTop200ByStatusInAndCommunityCodeOrderByPublishedAtDesc(
            List<cn.gongzhi.deliberation.DisclosureStatus> statuses, String communityCode);

    /** The notices about a subject (an escalation or a petition number), oldest first. */
    @Query("select d from Disclosure d join d.subjects s where s = :subject order by d.publishedAt, d.id")
    List<Disclosure> findAbout(@Param("subject") String subject);
}
