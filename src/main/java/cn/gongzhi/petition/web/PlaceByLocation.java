package cn.gongzhi.petition.web;

import cn.gongzhi.registry.LocatedPlace;
import cn.gongzhi.registry.LocationRouter;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The community and grid a petition filed with or without coordinates is filed for (docs/open311.md, "Routing by
 * location"): one rule for Open311 and the resident's page, each of which words its own refusals. With a point, the
 * registry's boundaries decide: the community and grid containing the point, refused when it lies outside every
 * boundary and no community is named. A named community stands when the point lies in no community's boundary (the
 * community may have none recorded) or in that community's; a point inside another community's boundary is refused as a
 * contradiction. A named grid stands (the intake checks it lies in the community); otherwise the grid is the one
 * containing the point. Without a point the community must be named.
 */
final class PlaceByLocation {

    record Place(String community, String grid) {}

    /** How a channel refuses; each answer is thrown before anything is written. */
    interface Refusals {

        /** No point and no community. */
        RuntimeException communityMissing();

        /** A point outside every boundary, no community named. */
        RuntimeException outside();

        /** A point inside the boundary of {@code located}'s community, another than the one {@code named}. */
        RuntimeException contradiction(LocatedPlace located, String named);
    }

    private PlaceByLocation() {}

    /**
     * @param latitude null without a point (then {@code longitude} is ignored); otherwise both are given and in range
     */
    static Place place(LocationRouter locations, String community, String grid, BigDecimal latitude,
            BigDecimal longitude, Refusals refusals) {
        if (latitude == null || longitude == null) {
            if (community == null) {
                throw refusals.communityMissing();
            }
            return new Place(community, grid);
        }
        Optional<LocatedPlace> located = locations.locate(latitude.doubleValue(), longitude.doubleValue());
        if (community == null) {
            LocatedPlace place = located.orElseThrow(refusals::outside);
            return new Place(place.communityCode(), grid != null ? grid : place.gridCode());
        }
        if (located.isPresent() && !located.get().communityCode().equals(community)) {
            throw refusals.contradiction(located.get(), community);
        }
        return new Place(community, grid != null ? grid : located.map(LocatedPlace::gridCode).orElse(null));
    }
}
