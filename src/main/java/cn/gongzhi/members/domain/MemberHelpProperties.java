package cn.gongzhi.members.domain;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The service items the community's procedures offer Party members ({@code gongzhi.member-help.*}; docs/processes/
 * party-members.md, "Members in the community's procedures"): local practice, no national figure.
 *
 * @param offerPeriod the offer stays open this long (the item's claim deadline after the offer); untaken, it lapses
 *     and the item is withdrawn
 * @param servicePeriod the service's time window, from the offer: she helps within it and records within the
 *     community service's {@code record-window} after it; at least {@code offerPeriod}
 */
@Validated
@ConfigurationProperties("gongzhi.member-help")
public record MemberHelpProperties(
        @NotNull @DefaultValue("48h") Duration offerPeriod,
        @NotNull @DefaultValue("14d") Duration servicePeriod) {

    @AssertTrue(message = "service-period must be at least offer-period")
    boolean isServicePeriodAtLeastOfferPeriod() {
        return offerPeriod == null || servicePeriod == null || servicePeriod.compareTo(offerPeriod) >= 0;
    }
}
