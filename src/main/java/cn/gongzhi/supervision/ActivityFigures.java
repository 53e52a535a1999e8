package cn.gongzhi.supervision;

import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.supervision.SupervisionScope.Selection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The escalation and deliberation figures of one unit and period, from supervision's fact tables (V14): escalations
 * opened, departments late to report in, overdue commitments, meetings held and their verdicts, objections filed and
 * upheld.
 */
@Component
class ActivityFigures {

    /** Escalation figures: {@code escalations} opened, departments {@code late}, {@code overdueCommitments}. */
    record Escalations(int escalations, int late, int overdueCommitments) {}

    /** Deliberation figures: meetings held, without quorum, resolutions passed and rejected; objections. */
    record Deliberations(int held, int noQuorum, int passed, int rejected, int objectionsFiled, int objectionsUpheld) {}

    /** The assemblies whose verdict is a resolution of the community. */
    private static final List<String> RESOLVING = List.of(AssemblyBody.VILLAGERS_ASSEMBLY.name(),
            AssemblyBody.VILLAGER_REPRESENTATIVE_ASSEMBLY.name(), AssemblyBody.RESIDENTS_ASSEMBLY.name(),
            AssemblyBody.RESIDENT_REPRESENTATIVE_ASSEMBLY.name());

    private final NamedParameterJdbcTemplate jdbc;

    ActivityFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Escalations of the unit's communities; for a grid, worker, category or department, those that answer one of its
     * petitions.
     */
    Escalations escalations(Selection selection, MapSqlParameterSource params) {
        int escalations = selection.column() == null
                ? count("select count(*) from supervision_escalation where community_code in (:communities)"
                        + " and opened_at >= :from and opened_at < :to", params)
                : count("select count(distinct e.escalation_id) from supervision_escalation e"
                        + " join supervision_escalation_petition ep on ep.escalation_id = e.escalation_id"
                        + " join supervision_petition p on p.number = ep.petition_number"
                        + " where e.community_code in (:communities) and e.opened_at >= :from and e.opened_at < :to"
                        + " and p." + selection.column() + " = :value", params);
        int late = count("select count(*) from supervision_summons d join supervision_escalation e"
                + " on d.escalation_id = e.escalation_id where e.community_code in (:communities)"
                + " and d.summoned_at >= :from and d.summoned_at < :to and d.late = true", params);
        int overdueCommitments = count("select count(*) from supervision_commitment c join supervision_escalation e"
                + " on c.escalation_id = e.escalation_id where e.community_code in (:communities)"
                + " and (c.status = 'OVERDUE' or (c.status = 'OPEN' and c.deadline < :today))", params);
        return new Escalations(escalations, late, overdueCommitments);
    }

    Deliberations deliberations(MapSqlParameterSource params) {
        MapSqlParameterSource withResolving = new MapSqlParameterSource(params.getValues())
                .addValue("resolving", RESOLVING);
        Map<String, Object> meetings = jdbc.queryForMap("""
                select count(*) as held,
                  sum(case when verdict = 'NO_QUORUM' then 1 else 0 end) as no_quorum,
                  sum(case when verdict = 'PASSED' and body_kind in (:resolving) then 1 else 0 end) as passed,
                  sum(case when verdict = 'REJECTED' and body_kind in (:resolving) then 1 else 0 end) as rejected
                from supervision_meeting
                where community_code in (:communities) and recorded_at >= :from and recorded_at < :to""",
                withResolving);
        Map<String, Object> objections = jdbc.queryForMap("""
                select count(*) as filed, sum(case when status = 'UPHELD' then 1 else 0 end) as upheld
                from supervision_objection
                where community_code in (:communities) and filed_at >= :from and filed_at < :to""", params);
        return new Deliberations(number(meetings.get("held")), number(meetings.get("no_quorum")),
                number(meetings.get("passed")), number(meetings.get("rejected")), number(objections.get("filed")),
                number(objections.get("upheld")));
    }

    private int count(String sql, MapSqlParameterSource params) {
        return number(jdbc.queryForObject(sql, params, Number.class));
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
