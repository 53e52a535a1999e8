package cn.gongzhi.supervision;

import cn.gongzhi.members.ServiceFigures;
import cn.gongzhi.members.ServiceFigures.ItemCounts;
import cn.gongzhi.registry.ActiveMembers;
import cn.gongzhi.registry.ActiveMembers.ReportingCounts;
import cn.gongzhi.supervision.SupervisionScope.Selection;
import cn.gongzhi.supervision.SupervisionService.Members;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The Party members' figures (党员作用) of a street or community and period, asked of the modules that keep the
 * records through their public API: the reporting counts of the registry ({@link ActiveMembers#counts}) and the
 * service of the members module ({@link ServiceFigures}), and for the members' share of the helpers in petitions
 * the petitions dispatched to a worker from supervision's own table ({@link PetitionFigures#dispatched}). A street's
 * figures are the sums of its communities'. Other
 * units (grid, worker, category, department) have none: members report to a community.
 */
@Component
class MemberFigures {

    private final ActiveMembers reporting;
    private final ServiceFigures service;
    private final PetitionFigures petitions;
    private final SupervisionProperties properties;

    MemberFigures(ActiveMembers reporting, ServiceFigures service, PetitionFigures petitions,
            SupervisionProperties properties) {
        this.reporting = reporting;
        this.service = service;
        this.petitions = petitions;
        this.properties = properties;
    }

    /** The figures of the selection's communities, or null for a unit that is not a street or a community. */
    Members of(Selection selection, LocalDate from, LocalDate to) {
        if (selection.unit() != SupervisionUnit.STREET && selection.unit() != SupervisionUnit.COMMUNITY) {
            return null;
        }
        ReportingCounts counts = ReportingCounts.NONE;
        ItemCounts items = ItemCounts.NONE;
        BigDecimal hours = BigDecimal.ZERO;
        int helps = 0;
        int dispatched = 0;
        for (String community : selection.communities()) {
            counts = counts.plus(reporting.counts(community));
            items = items.plus(service.items(community, from, to));
            hours = hours.add(service.communityHours(community, from, to));
            helps += service.petitionHelps(community, from, to);
            dispatched += petitions.dispatched(community, from, to);
        }
        int minimum = properties.minimumSample();
        return new Members(counts.inService(), counts.reported(), counts.active(),
                SupervisionService.Rate.of(counts.reported(), counts.inService(), minimum),
                SupervisionService.Rate.of(counts.active(), counts.reported(), minimum), hours,
                items.published(), items.done(),
                SupervisionService.Rate.of(items.wishesMet(), items.wishesClosed(), minimum), helps,
                SupervisionService.Rate.of(helps, helps + dispatched, minimum));
    }
}
