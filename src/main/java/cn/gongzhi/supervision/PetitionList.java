package cn.gongzhi.supervision;

import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.GridRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.supervision.SupervisionScope.Selection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 诉求清单 (docs/supervision.md): the petitions a unit received in a period, newest first, a page at a time, read from
 * supervision's own rows ({@code supervision_petition}, through its community and received-time index), so that the
 * list costs the same in a district of a million petitions as in one street. It is the supervisor's list of her
 * street's cases: Camunda's historic instance list answers the same question only after checking every instance the
 * district started in the period against her grants (docs/performance.md, "A district's years of petitions").
 */
@Component
public class PetitionList {

    /** The most rows one page may ask for. */
    static final int MAX_PAGE_SIZE = 100;

    /** One page of the list: {@code total} petitions in the unit and period, {@code items} this page's. */
    public record Page(SupervisionUnit unit, String unitId, String unitName, LocalDate from, LocalDate to, int total,
            int page, int size, List<Row> items) {}

    /** One petition: no petitioner, no description, only what supervision holds. */
    public record Row(String number, String categoryName, String communityName, String gridName, String worker,
            PetitionStatus status, String statusLabel, LocalDateTime receivedAt, LocalDateTime firstContactedAt,
            LocalDateTime closedAt, Integer satisfaction) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final SupervisionScope scope;
    private final SupervisionService supervision;
    private final RegistryService registry;
    private final PetitionService petitions;

    PetitionList(NamedParameterJdbcTemplate jdbc, SupervisionScope scope, SupervisionService supervision,
            RegistryService registry, PetitionService petitions) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.supervision = supervision;
        this.registry = registry;
        this.petitions = petitions;
    }

    /** The unit's petitions received from {@code from} to {@code to}, inclusive; 403 outside the caller's scope. */
    public Page list(Collection<String> groups, SupervisionUnit unit, String unitId, LocalDate from, LocalDate to,
            int page, int size) {
        supervision.checkPeriod(from, to);
        if (page < 0) {
            throw new InvalidFieldException("page", "页码从 0 开始");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidFieldException("size", "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        Selection selection = scope.select(groups, unit, unitId);
        if (selection.communities().isEmpty()) {
            return new Page(selection.unit(), selection.unitId(), selection.unitName(), from, to, 0, page, size,
                    List.of());
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("communities", selection.communities()).addValue("value", selection.value())
                .addValue("from", from.atStartOfDay()).addValue("to", to.plusDays(1).atStartOfDay());
        String where = " from supervision_petition where " + PetitionFigures.where(selection)
                + " and received_at >= :from and received_at < :to";
        Number total = jdbc.queryForObject("select count(*)" + where, params, Number.class);
        Map<String, String> categories = new HashMap<>();
        petitions.categories().forEach(c -> categories.put(c.code(), c.name()));
        Map<String, String> names = new HashMap<>();
        List<Row> rows = jdbc.query("select number, category_code, community_code, grid_code, assigned_worker, status,"
                + " received_at, first_contacted_at, closed_at, satisfaction" + where
                + " order by received_at desc, petition_id desc limit " + size + " offset " + (long) page * size,
                params, (r, i) -> {
                    PetitionStatus status = PetitionStatus.valueOf(r.getString("status"));
                    String community = r.getString("community_code");
                    String grid = r.getString("grid_code");
                    String worker = r.getString("assigned_worker");
                    return new Row(r.getString("number"), categories.getOrDefault(r.getString("category_code"),
                            r.getString("category_code")),
                            names.computeIfAbsent("c:" + community, k -> registry.community(community)
                                    .map(CommunityRef::name).orElse(community)),
                            grid == null ? null : names.computeIfAbsent("g:" + grid, k -> registry.grid(grid)
                                    .map(GridRef::name).orElse(grid)),
                            worker == null ? null : names.computeIfAbsent("w:" + worker,
                                    k -> registry.workerName(worker).orElse(worker)),
                            status, status.label(), r.getObject("received_at", LocalDateTime.class),
                            r.getObject("first_contacted_at", LocalDateTime.class),
                            r.getObject("closed_at", LocalDateTime.class), r.getObject("satisfaction",
                                    Integer.class));
                });
        return new Page(selection.unit(), selection.unitId(), selection.unitName(), from, to,
                total == null ? 0 : total.intValue(), page, size, rows);
    }
}
