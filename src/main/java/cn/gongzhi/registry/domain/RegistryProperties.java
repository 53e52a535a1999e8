package cn.gongzhi.registry.domain;

import cn.gongzhi.shared.Ratio;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Local rules of the registry, configurable per province or city ({@code gongzhi.registry.*}); the defaults are the
 * national figures of domain brief §1–2. Community workers' rules (grade ranges among them) are
 * {@link WorkerProperties}' ({@code gongzhi.workers.*}).
 *
 * @param composition composition rules the law sets for committees; breaches are warnings on the committee
 * @param boundary what a community's or grid's boundary may be
 * @param cacheSeconds how long a node keeps registry look-ups (names, the location index) without a change of its
 *     own; another node's change is seen at the latest after this
 */
@Validated
@ConfigurationProperties("gongzhi.registry")
public record RegistryProperties(
        @Valid @DefaultValue Composition composition,
        @Valid @DefaultValue Boundary boundary,
        @Min(0) @DefaultValue("60") long cacheSeconds) {

    /**
     * Composition rules the law sets for committees.
     *
     * @param representativesMinShare villagers' representative assembly: representatives at least this share of
     *     members (Organic Law art. 25: 4/5)
     * @param womenMinShare villagers' representative assembly: women at least this share of members (art. 25: 1/3)
     * @param villagersCommitteeMinSize villagers' committee: at least this many members (art. 6: 3)
     * @param villagersCommitteeMaxSize villagers' committee: at most this many members (art. 6: 7)
     * @param villagersCommitteeMinWomen villagers' committee: at least this many women (art. 6: "应当有妇女成员")
     */
    public record Composition(
            @NotNull @DefaultValue("4/5") Ratio representativesMinShare,
            @NotNull @DefaultValue("1/3") Ratio womenMinShare,
            @Min(1) @DefaultValue("3") int villagersCommitteeMinSize,
            @Min(1) @DefaultValue("7") int villagersCommitteeMaxSize,
            @Min(0) @DefaultValue("1") int villagersCommitteeMinWomen) {

        @AssertTrue(message = "villagers-committee-min-size must not be above villagers-committee-max-size")
        boolean isSizeOrdered() {
            return villagersCommitteeMinSize <= villagersCommitteeMaxSize;
        }
    }

    /**
     * What a community's or grid's boundary may be ({@code gongzhi.registry.boundary.*}): at most so many vertices,
     * every vertex within a rough box around China (longitude 73–136° E, latitude 3–54° N).
     *
     * @param maxVertices the most vertices one boundary may have
     * @param minLongitude westmost longitude a vertex may have
     * @param maxLongitude eastmost longitude a vertex may have
     * @param minLatitude southmost latitude a vertex may have
     * @param maxLatitude northmost latitude a vertex may have
     */
    public record Boundary(
            @Min(4) @DefaultValue("2000") int maxVertices,
            @DefaultValue("73") double minLongitude,
            @DefaultValue("136") double maxLongitude,
            @DefaultValue("3") double minLatitude,
            @DefaultValue("54") double maxLatitude) {
    }
}
