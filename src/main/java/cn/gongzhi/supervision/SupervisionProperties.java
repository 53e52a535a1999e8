package cn.gongzhi.supervision;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code gongzhi.supervision.*}: the definitions supervisors measure by (docs/supervision.md).
 *
 * @param dueSoonHours "due soon": within this many hours
 * @param satisfiedAtLeast a callback counts as satisfied at or above this score (1–5)
 * @param responseWeight weight of the response rate in the composite score (the weights are normalised)
 * @param resolutionWeight weight of the resolution rate in the composite score
 * @param satisfactionWeight weight of the satisfaction rate in the composite score
 * @param maxRangeDays longest period one request may cover
 * @param overdueListLimit the overdue list shows at most this many petitions and tasks, the longest overdue first
 * @param minimumSample a rate over fewer cases than this is shown as "样本不足" instead of a percentage
 * @param dailyTrendUpToDays periods longer than this many days trend by ISO week instead of by day
 */
@Validated
@ConfigurationProperties("gongzhi.supervision")
public record SupervisionProperties(
        @Min(1) @DefaultValue("24") int dueSoonHours,
        @Min(1) @Max(5) @DefaultValue("4") int satisfiedAtLeast,
        @DecimalMin("0") @DefaultValue("1") double responseWeight,
        @DecimalMin("0") @DefaultValue("1") double resolutionWeight,
        @DecimalMin("0") @DefaultValue("1") double satisfactionWeight,
        @Min(1) @DefaultValue("366") int maxRangeDays,
        @Min(1) @DefaultValue("200") int overdueListLimit,
        @Min(1) @DefaultValue("5") int minimumSample,
        @Min(1) @DefaultValue("31") int dailyTrendUpToDays) {
}
