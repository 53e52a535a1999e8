package cn.gongzhi.supervision;

import cn.gongzhi.registry.AppraisalResult;
import cn.gongzhi.registry.WorkerCounts;
import cn.gongzhi.registry.WorkerCounts.Counts;
import cn.gongzhi.registry.WorkerCounts.YearResults;
import cn.gongzhi.registry.WorkerRules;
import cn.gongzhi.supervision.SupervisionScope.Selection;
import cn.gongzhi.supervision.SupervisionService.Rate;
import cn.gongzhi.supervision.WorkforceFigures.ResultCount;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The community workers' figures (社工队伍) of a street or community, asked of the registry's public API
 * ({@link WorkerCounts}): a street's are the sums of its communities'. Other units have none: workers belong to a
 * community.
 */
@Component
class WorkerFigures {

    private final WorkerCounts counts;
    private final WorkerRules rules;
    private final SupervisionProperties properties;
    private final Clock clock;

    WorkerFigures(WorkerCounts counts, WorkerRules rules, SupervisionProperties properties, Clock clock) {
        this.counts = counts;
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
    }

    /** The figures of the selection's communities on the period's end (today if that is later), or null. */
    WorkforceFigures of(Selection selection, LocalDate to) {
        if (selection.unit() != SupervisionUnit.STREET && selection.unit() != SupervisionUnit.COMMUNITY) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = to.isAfter(today) ? today : to;
        Counts sum = Counts.NONE;
        for (String community : selection.communities()) {
            sum = sum.plus(counts.counts(community, day));
        }
        int minimum = properties.minimumSample();
        YearResults latest = sum.appraisals().stream().filter(y -> y.total() > 0).findFirst().orElse(null);
        List<ResultCount> results = latest == null ? List.of() : Arrays.stream(AppraisalResult.values())
                .map(r -> new ResultCount(r.name(), r.label(),
                        Rate.of(latest.results().get(r), latest.total(), minimum)))
                .toList();
        return new WorkforceFigures(day, sum.workers(), Rate.of(sum.qualified(), sum.workers(), minimum),
                day.getYear(), sum.planned(), sum.hoursPlanned(),
                Rate.of(sum.hoursTowardPlan(), sum.hoursPlanned(), minimum),
                Rate.of(sum.onTrack(), sum.planned(), minimum), sum.hoursCredited(), sum.certificatesExpiring(),
                rules.certificateExpiryWarningDays(), latest == null ? null : latest.year(), results);
    }
}
