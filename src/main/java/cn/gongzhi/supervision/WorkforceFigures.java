package cn.gongzhi.supervision;

import cn.gongzhi.supervision.SupervisionService.Rate;
import java.time.LocalDate;
import java.util.List;

/**
 * The community workers' figures (社工队伍) of a street or community on a day: the period's end, or today when the
 * period ends later (docs/supervision.md, "社工队伍"). Counted from the registry's records ({@link WorkerFigures}).
 *
 * @param asOf the day counted
 * @param workers the workers now
 * @param qualifiedShare workers with a social-worker qualification valid on the day ÷ workers
 * @param trainingYear the calendar year of the training figures, counted from January 1 to {@code asOf}
 * @param planned workers with a training plan that year
 * @param hoursPlanned the hours their plans require
 * @param planProgress hours credited toward the plans (each worker's counted up to her plan) ÷ hours planned
 * @param onTrackShare planned workers whose credited hours reach their plan ÷ planned workers
 * @param hoursCredited every hour credited to the workers that year up to the day
 * @param certificatesExpiring certificates valid on the day whose registration ends within {@code expiryWarningDays}
 * @param appraisalYear the latest year up to {@code asOf}'s with appraisal results; null when there is none
 * @param appraisals that year's results, best first, each with its count and share of the year's results
 */
public record WorkforceFigures(LocalDate asOf, int workers, Rate qualifiedShare, int trainingYear, int planned,
        int hoursPlanned, Rate planProgress, Rate onTrackShare, int hoursCredited, int certificatesExpiring,
        int expiryWarningDays, Integer appraisalYear, List<ResultCount> appraisals) {

    /** One appraisal result (优秀, 合格, 基本合格, 不合格) of the year. */
    public record ResultCount(String result, String label, Rate share) {}
}
