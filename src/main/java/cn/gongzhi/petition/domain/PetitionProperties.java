package cn.gongzhi.petition.domain;

import cn.gongzhi.shared.Ratio;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Petition handling rules that are local policy ({@code gongzhi.petition.*}). Time limits per category are not here:
 * they are the dispatch decision table, processes/PetitionDispatchDecision.dmn.
 *
 * @param reminderBefore the reminder fires when this share of a time limit is left (default 1/4: 42 hours before a
 *     7-day limit)
 * @param unsatisfiedAtMost a callback with satisfaction at or below this counts as a failure (1–5 scale)
 * @param maxReopens how often a failed callback reopens the petition before it escalates
 * @param publicReceivingUnit the unit recorded as first receiver (首接负责) for public and Open311 intake
 * @param publicCoordinateDecimals decimals of the coordinates shown on public surfaces (the Open311 feed), rounded
 *     half up: 3 is about 100 m, 2 about 1 km; at most the 6 that are stored
 */
@Validated
@ConfigurationProperties("gongzhi.petition")
public record PetitionProperties(
        @NotNull @DefaultValue("1/4") Ratio reminderBefore,
        @Min(1) @Max(5) @DefaultValue("2") int unsatisfiedAtMost,
        @Min(0) @DefaultValue("1") int maxReopens,
        @NotBlank @DefaultValue("12345市民服务热线") String publicReceivingUnit,
        @Min(0) @Max(Petition.COORDINATE_SCALE) @DefaultValue("3") int publicCoordinateDecimals) {
}
