package cn.gongzhi.deliberation.domain;

import cn.gongzhi.shared.Ratio;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Local rules of deliberation ({@code gongzhi.deliberation.*}). Quorum and vote thresholds are not here: they are
 * the decision table processes/AssemblyQuorumDecision.dmn.
 *
 * @param maxRevisions how often a rejected plan may be revised before the matter ends as rejected
 * @param objectionWindow how long residents may object to a notice (no national figure; 7 days by default)
 * @param motionShareOfVillagers a villagers' motion needs at least this share of adult villagers (local; 1/10)
 * @param motionShareOfRepresentatives ... or at least this share of the villagers' representatives (local; 1/5)
 * @param objectionsPerPeriod objections one client may file per {@code objection-period} on the public board
 * @param objectionPeriod the period objections are counted over
 */
@Validated
@ConfigurationProperties("gongzhi.deliberation")
public record DeliberationProperties(
        @Min(0) @DefaultValue("2") int maxRevisions,
        @NotNull @DefaultValue("7d") Duration objectionWindow,
        @NotNull @DefaultValue("1/10") Ratio motionShareOfVillagers,
        @NotNull @DefaultValue("1/5") Ratio motionShareOfRepresentatives,
        @Min(1) @DefaultValue("5") int objectionsPerPeriod,
        @NotNull @DefaultValue("1m") Duration objectionPeriod) {
}
