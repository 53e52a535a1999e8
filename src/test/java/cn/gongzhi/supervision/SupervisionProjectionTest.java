package cn.gongzhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.deliberation.ObjectionChanged;
import cn.gongzhi.deliberation.ObjectionStatus;
import cn.gongzhi.escalation.CommitmentChanged;
import cn.gongzhi.escalation.DepartmentSummoned;
import cn.gongzhi.petition.PetitionChanged;
import cn.gongzhi.petition.PetitionStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supervision's projection applies an event delivered twice, late, or again after a restart without effect: a
 * petition keeps the snapshot of its highest revision, and a ruling, a commitment's status and a department's
 * lateness only move forward.
 */
@SpringBootTest
class SupervisionProjectionTest {

    private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 5, 4, 9, 30);

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /** Delivers one event as its module would: published in a transaction, applied after the commit. */
    private void apply(Object event) {
        transactions.executeWithoutResult(t -> context.publishEvent(event));
        cn.gongzhi.support.Projection.caughtUp(context);
    }

    @Autowired
    JdbcTemplate jdbc;

    private final long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    /** A community no other test reads, so these rows change no one else's figures. */
    private final String community = "sv-" + id;

    @Test
    void aPetitionKeepsItsLatestSnapshotWhateverOrderItsEventsCome() {
        PetitionChanged received = petition(2, PetitionStatus.ASSIGNED, null);
        PetitionChanged closed = petition(5, PetitionStatus.CLOSED, 4);
        apply(received);
        apply(closed);
        apply(received);
        apply(closed);
        apply(received);
        assertThat(jdbc.queryForObject("select revision from supervision_petition where petition_id = ?",
                Integer.class, id)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select status from supervision_petition where petition_id = ?",
                String.class, id)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select satisfaction from supervision_petition where petition_id = ?",
                Integer.class, id)).isEqualTo(4);

        long other = id + 1;
        apply(new PetitionChanged(other, 3, "P-T-" + other, closed.place(), closed.times(), closed.outcome()));
        apply(new PetitionChanged(other, 1, "P-T-" + other, received.place(), received.times(),
                received.outcome()));
        assertThat(jdbc.queryForObject("select status from supervision_petition where petition_id = ?", String.class,
                other)).as("an older event arriving first and then the newer: the newer stays").isEqualTo("CLOSED");
    }

    @Test
    void rulingsCommitmentsAndLatenessOnlyMoveForward() {
        LocalDateTime filed = LocalDateTime.of(2026, 6, 1, 10, 0);
        apply(new ObjectionChanged(id, community, ObjectionStatus.UPHELD, filed));
        apply(new ObjectionChanged(id, community, ObjectionStatus.FILED, filed));
        assertThat(jdbc.queryForObject("select status from supervision_objection where objection_id = ?",
                String.class, id)).isEqualTo("UPHELD");

        apply(new CommitmentChanged(id, 7, "DONE", LocalDate.of(2026, 6, 30)));
        apply(new CommitmentChanged(id, 7, "OVERDUE", LocalDate.of(2026, 6, 30)));
        apply(new CommitmentChanged(id, 7, "OPEN", LocalDate.of(2026, 6, 30)));
        assertThat(jdbc.queryForObject("select status from supervision_commitment where commitment_id = ?",
                String.class, id)).isEqualTo("DONE");

        apply(new DepartmentSummoned(id, 7, "water", filed, true));
        apply(new DepartmentSummoned(id, 7, "water", filed, false));
        assertThat(jdbc.queryForObject("select late from supervision_summons where summons_id = ?", Boolean.class,
                id)).isTrue();
    }

    private PetitionChanged petition(int revision, PetitionStatus status, Integer satisfaction) {
        return new PetitionChanged(id, revision, "P-T-" + id,
                new PetitionChanged.Place(community, null, "zhangwei", "NOISE", null),
                new PetitionChanged.Times(RECEIVED, RECEIVED.plusHours(24), RECEIVED.plusHours(2),
                        RECEIVED.plusDays(7), status == PetitionStatus.CLOSED ? RECEIVED.plusDays(1) : null,
                        status == PetitionStatus.CLOSED ? RECEIVED.plusDays(2) : null),
                new PetitionChanged.Outcome(status, 0, satisfaction, satisfaction == null ? null : true));
    }
}
