package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.LocatedPlace;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable snapshot of the boundaries, indexed for point look-ups: one STR-tree of the communities' boundaries and
 * one of the grids', each entry a prepared geometry. A look-up asks the tree for the boundaries whose bounding box
 * holds the point, then tests only those, so it costs about the same with five grids or five thousand.
 *
 * <p>Which area a point belongs to (docs/registry.md, "Boundaries"):
 * <ol>
 *   <li>the community whose boundary contains it: inside before on the edge, then the lowest code;</li>
 *   <li>within that community, its grid that contains it by the same rule; none, and the place is the community alone;</li>
 *   <li>in no community's boundary: the grid (of a community without a boundary) that contains it, by the same rule,
 *   and that grid's community;</li>
 *   <li>otherwise nowhere.</li>
 * </ol>
 * "Contains" includes the boundary line: a point on the edge two grids share belongs to both, and the lower code wins.
 */
public final class LocationIndex {

    /**
     * An area with a boundary.
     *
     * @param code the community's or grid's code
     * @param name its name
     * @param communityCode for a grid, its community; for a community, its own code
     * @param boundary the boundary (longitude as x, latitude as y)
     */
    public record Area(String code, String name, String communityCode, Geometry boundary) {}

    private record Entry(Area area, PreparedGeometry prepared) {}

    private static final Comparator<Match> ORDER = Comparator.comparingInt(Match::rank)
            .thenComparing(m -> m.entry().area().code());

    private record Match(Entry entry, int rank) {}

    private final STRtree communities = new STRtree();
    private final STRtree grids = new STRtree();
    private final Map<String, String> communityNames;
    private final int size;

    /**
     * @param communities communities with a boundary
     * @param grids grids with a boundary
     * @param communityNames the name of every community by code, with a boundary or not
     */
    public LocationIndex(List<Area> communities, List<Area> grids, Map<String, String> communityNames) {
        communities.forEach(a -> this.communities.insert(a.boundary().getEnvelopeInternal(), entry(a)));
        grids.forEach(a -> this.grids.insert(a.boundary().getEnvelopeInternal(), entry(a)));
        this.communities.build();
        this.grids.build();
        this.communityNames = Map.copyOf(communityNames);
        this.size = communities.size() + grids.size();
    }

    /** The number of boundaries indexed. */
    public int size() {
        return size;
    }

    /** The community and grid containing the point; empty outside every boundary or for a point that is no point. */
    public Optional<LocatedPlace> locate(double latitude, double longitude) {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || Math.abs(latitude) > 90
                || Math.abs(longitude) > 180) {
            return Optional.empty();
        }
        Point point = Boundaries.GEOMETRY.createPoint(new Coordinate(longitude, latitude));
        Optional<Area> community = best(communities, point, null);
        if (community.isPresent()) {
            Area c = community.get();
            Optional<Area> grid = best(grids, point, c.code());
            return Optional.of(new LocatedPlace(c.code(), c.name(), grid.map(Area::code).orElse(null),
                    grid.map(Area::name).orElse(null)));
        }
        return best(grids, point, null).map(g -> new LocatedPlace(g.communityCode(),
                communityNames.getOrDefault(g.communityCode(), g.communityCode()), g.code(), g.name()));
    }

    private static Optional<Area> best(STRtree tree, Point point, String communityCode) {
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(point.getEnvelopeInternal());
        return candidates.stream()
                .filter(e -> communityCode == null || e.area().communityCode().equals(communityCode))
                .map(e -> e.prepared().containsProperly(point) ? new Match(e, 0)
                        : e.prepared().covers(point) ? new Match(e, 1) : null)
                .filter(java.util.Objects::nonNull)
                .min(ORDER)
                .map(m -> m.entry().area());
    }

    private static Entry entry(Area area) {
        return new Entry(area, PreparedGeometryFactory.prepare(area.boundary()));
    }
}
