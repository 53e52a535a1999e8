package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.shared.RecordNotFoundException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PetitionRepository extends JpaRepository<Petition, Long> {

    Optional<Petition> findByNumber(String number);

    /** The petition with this id; a missing one is answered 404 ({@link RecordNotFoundException}). */
    default Petition require(long id) {
        return findById(id).orElseThrow(() -> new RecordNotFoundException("诉求", id));
    }

    java.util.List<Petition> findByNumberIn(java.util.Collection<String> numbers);

    Optional<Petition> findByIdempotencyKey(String idempotencyKey);

    @Query("""
            select p from Petition p
            where (:anyCategory = true or p.categoryCode in :categories)
              and (:from is null or p.receivedAt >= :from)
              and (:to is null or p.receivedAt < :to)
              and (:closed is null or (:closed = true and p.status = cn.gongzhi.petition.PetitionStatus.CLOSED)
                   or (:closed = false and p.status <> cn.gongzhi.petition.PetitionStatus.CLOSED))
            order by p.receivedAt desc""")
    List<Petition> search(@Param("anyCategory") boolean anyCategory,
            @Param("categories") java.util.Collection<String> categories, @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to, @Param("closed") Boolean closed, Pageable page);

    /** A community's petitions still open, oldest first: the ones a whistle may take up. */
    List<Petition> findByCommunityCodeAndStatusNotOrderById(String communityCode, PetitionStatus status);
}
