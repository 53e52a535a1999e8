package cn.gongzhi.supervision;

import cn.gongzhi.deliberation.MeetingRecorded;
import cn.gongzhi.deliberation.ObjectionChanged;
import cn.gongzhi.escalation.CommitmentChanged;
import cn.gongzhi.escalation.DepartmentSummoned;
import cn.gongzhi.escalation.EscalationOpened;
import cn.gongzhi.escalation.PetitionEscalated;
import cn.gongzhi.petition.PetitionChanged;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Supervision's own tables (V14), fed by the other modules' events after their transaction commits, each in a
 * transaction of its own ({@code @ApplicationModuleListener}: asynchronous, recorded in the event publication registry
 * until it has finished). Every write is idempotent: a petition keeps the snapshot of its highest revision, and a fact
 * only moves forward (a verdict, a ruling, a commitment's status, a department's lateness), so an event delivered
 * twice, late, or again after a restart changes nothing. A petition's row is left {@code rollup_pending} for
 * {@link SupervisionRollup}, which keeps {@code petition_daily} and the minutes.
 */
@Component
class SupervisionProjection {

    private final JdbcTemplate jdbc;

    SupervisionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PetitionChanged petition) {
        PetitionChanged.Place place = petition.place();
        PetitionChanged.Times times = petition.times();
        PetitionChanged.Outcome outcome = petition.outcome();
        Object[] values = {petition.revision(), petition.number(), place.communityCode(), place.gridCode(),
                place.assignedWorker(), place.categoryCode(), place.returnDepartment(), outcome.status().name(),
                outcome.reopenCount(), outcome.satisfaction(), outcome.resolved(), time(times.receivedAt()),
                time(times.firstContactDue()), time(times.firstContactedAt()), time(times.resolutionDue()),
                time(times.handledAt()), time(times.closedAt()), petition.id()};
        upsert("""
                update supervision_petition set revision = ?, number = ?, community_code = ?, grid_code = ?,
                  assigned_worker = ?, category_code = ?, return_department = ?, status = ?, reopen_count = ?,
                  satisfaction = ?, resolved = ?, received_at = ?, first_contact_due = ?, first_contacted_at = ?,
                  resolution_due = ?, handled_at = ?, closed_at = ?, rollup_pending = true
                where petition_id = ? and revision <= ?""", append(values, petition.revision()), """
                insert into supervision_petition (revision, number, community_code, grid_code, assigned_worker,
                  category_code, return_department, status, reopen_count, satisfaction, resolved, received_at,
                  first_contact_due, first_contacted_at, resolution_due, handled_at, closed_at, petition_id,
                  rollup_pending)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""", values);
    }

    @ApplicationModuleListener
    void on(EscalationOpened escalation) {
        insertOnce("insert into supervision_escalation (escalation_id, community_code, opened_at) values (?, ?, ?)",
                escalation.escalationId(), escalation.communityCode(), time(escalation.openedAt()));
    }

    @ApplicationModuleListener
    void on(PetitionEscalated escalated) {
        insertOnce("insert into supervision_escalation_petition (escalation_id, petition_number) values (?, ?)",
                escalated.escalationId(), escalated.petitionNumber());
    }

    @ApplicationModuleListener
    void on(DepartmentSummoned summons) {
        upsert("update supervision_summons set late = case when late then true else ? end where summons_id = ?",
                new Object[] {summons.late(), summons.summonsId()},
                "insert into supervision_summons (late, summons_id, escalation_id, department_code, summoned_at)"
                        + " values (?, ?, ?, ?, ?)", new Object[] {summons.late(), summons.summonsId(),
                        summons.escalationId(), summons.departmentCode(), time(summons.summonedAt())});
    }

    @ApplicationModuleListener
    void on(CommitmentChanged commitment) {
        // OPEN, OVERDUE, DONE: a status never gives way to an earlier one
        String stage = "case %s when 'OPEN' then 0 when 'OVERDUE' then 1 else 2 end";
        upsert("update supervision_commitment set status = ?, deadline = ? where commitment_id = ? and "
                        + stage.formatted("status") + " <= " + stage.formatted("?"),
                new Object[] {commitment.status(), commitment.deadline(), commitment.commitmentId(),
                        commitment.status()},
                "insert into supervision_commitment (status, deadline, commitment_id, escalation_id)"
                        + " values (?, ?, ?, ?)", new Object[] {commitment.status(), commitment.deadline(),
                        commitment.commitmentId(), commitment.escalationId()});
    }

    @ApplicationModuleListener
    void on(MeetingRecorded meeting) {
        // a verdict, once given, is not replaced by the OPEN of the record taken before it
        upsert("update supervision_meeting set verdict = ?, recorded_at = ? where meeting_id = ?"
                        + " and (verdict = 'OPEN' or ? <> 'OPEN')",
                new Object[] {meeting.verdict().name(), time(meeting.recordedAt()), meeting.meetingId(),
                        meeting.verdict().name()},
                "insert into supervision_meeting (verdict, recorded_at, meeting_id, community_code, body_kind)"
                        + " values (?, ?, ?, ?, ?)", new Object[] {meeting.verdict().name(),
                        time(meeting.recordedAt()), meeting.meetingId(), meeting.communityCode(),
                        meeting.bodyKind().name()});
    }

    @ApplicationModuleListener
    void on(ObjectionChanged objection) {
        // a ruling, once given, is not replaced by the FILED of the filing before it
        upsert("update supervision_objection set status = ? where objection_id = ?"
                        + " and (status = 'FILED' or ? <> 'FILED')",
                new Object[] {objection.status().name(), objection.objectionId(), objection.status().name()},
                "insert into supervision_objection (status, objection_id, community_code, filed_at)"
                        + " values (?, ?, ?, ?)", new Object[] {objection.status().name(), objection.objectionId(),
                        objection.communityCode(), time(objection.filedAt())});
    }

    /**
     * Updates the row if the event is not older than it; inserts it when there is none yet. Two deliveries racing to
     * insert the same row: the second finds the key taken and updates instead.
     */
    private void upsert(String update, Object[] updateArgs, String insert, Object[] insertArgs) {
        if (jdbc.update(update, updateArgs) > 0) {
            return;
        }
        try {
            jdbc.update(insert, insertArgs);
        } catch (DuplicateKeyException present) {
            // present already with a newer or equal state (the update above found nothing to change), or inserted
            // by a delivery running at the same time: the update decides
            jdbc.update(update, updateArgs);
        }
    }

    /** Facts that never change: the first delivery writes them, later ones find them there. */
    private void insertOnce(String insert, Object... args) {
        try {
            jdbc.update(insert, args);
        } catch (DuplicateKeyException present) {
            // delivered before: nothing to change
        }
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }

    private static Timestamp time(LocalDateTime time) {
        return time == null ? null : Timestamp.valueOf(time);
    }
}
