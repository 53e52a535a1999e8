package cn.gongzhi.members.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Community service's limits ({@code gongzhi.community-service.*}): local practice, no national figure.
 *
 * @param maxPlaces the most places one item may offer (at least 1)
 * @param reminderLead the members who claimed are reminded this long before the service starts
 * @param recordWindow a member records her service within this long after its end (or after a send-back); later,
 *     the branch records her as a no-show
 * @param maxHours the most hours one member's record of one item may count, in half hours
 * @param minimumClaimTime the claim deadline lies at least this far after publishing, so members can see it
 */
@Validated
@ConfigurationProperties("gongzhi.community-service")
public record CommunityServiceProperties(
        @Min(1) @Max(1000) @DefaultValue("50") int maxPlaces,
        @NotNull @DefaultValue("24h") Duration reminderLead,
        @NotNull @DefaultValue("72h") Duration recordWindow,
        @NotNull @DecimalMin("0.5") @DefaultValue("12") BigDecimal maxHours,
        @NotNull @DefaultValue("1h") Duration minimumClaimTime) {
}
