package cn.gongzhi.petition.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface Open311ClientRepository extends JpaRepository<Open311Client, Long> {

    Optional<Open311Client> findBySecretHash(String secretHash);

    List<Open311Client> findAllByOrderById();

    /** Notes a filing: at most once per {@code since}, so a busy client does not write on every filing. */
    @Modifying
    @Transactional
    @Query("update Open311Client c set c.lastUsedAt = :now where c.id = :id"
            + " and (c.lastUsedAt is null or c.lastUsedAt < :since)")
    int touch(@Param("id") long id, @Param("now") LocalDateTime now, @Param("since") LocalDateTime since);
}
