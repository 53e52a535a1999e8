package cn.gongzhi.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The state of every table a request could write to, cheaply compared: a refused request must leave it equal. Rows
 * are counted in every table; in the tables a request could update in place, the rows themselves are compared.
 */
public final class TableFingerprint {

    /** Every table a request could insert into or delete from. */
    private static final List<String> COUNTED = List.of("petition", "petition_event", "street", "community", "grid",
            "committee", "committee_member", "community_worker", "party_member", "department", "department_duty",
            "access_list_item", "deliberation", "deliberation_event", "meeting", "disclosure", "objection",
            "escalation", "escalation_petition", "escalation_department", "commitment", "escalation_event", "open311_client",
            "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_IDENTITYLINK", "ACT_RU_JOB",
            "ACT_RU_EVENT_SUBSCR", "ACT_RU_AUTHORIZATION", "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_OP_LOG", "ACT_RE_DEPLOYMENT", "ACT_RE_PROCDEF",
            "ACT_RE_DECISION_DEF", "ACT_GE_BYTEARRAY", "ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP");
    /** Tables whose rows are compared too, so that an update is caught as well as an insert. */
    private static final List<String> COMPARED = List.of("select * from petition order by id",
            "select * from street order by id", "select * from community order by id",
            "select * from grid order by id", "select * from committee order by id",
            "select * from committee_member order by id", "select * from community_worker order by id",
            "select * from party_member order by id", "select * from department order by id",
            "select * from access_list_item order by id", "select * from deliberation order by id",
            "select * from disclosure order by id", "select * from escalation order by id",
            "select * from escalation_department order by id", "select * from commitment order by id",
            "select * from open311_client order by id",
            "select ID_, REV_, ASSIGNEE_, OWNER_, DESCRIPTION_, DUE_DATE_ from ACT_RU_TASK order by ID_",
            "select ID_, REV_, TYPE_, TEXT_, LONG_, DOUBLE_ from ACT_RU_VARIABLE order by ID_",
            "select ID_, REV_, PERMS_ from ACT_RU_AUTHORIZATION order by ID_",
            "select USER_ID_, GROUP_ID_ from ACT_ID_MEMBERSHIP order by USER_ID_, GROUP_ID_");

    private final JdbcTemplate jdbc;

    public TableFingerprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Object> fingerprint() {
        Map<String, Object> rows = new LinkedHashMap<>();
        COUNTED.forEach(table -> rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        COMPARED.forEach(sql -> rows.put(sql, jdbc.queryForList(sql).toString().hashCode()));
        return rows;
    }
}
