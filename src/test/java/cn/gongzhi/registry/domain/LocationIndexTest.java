package cn.gongzhi.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.registry.LocatedPlace;
import cn.gongzhi.registry.domain.LocationIndex.Area;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * Which community and grid a point belongs to (docs/registry.md, "Boundaries"): inside, on a shared edge, on a shared
 * vertex, on the community's outer edge, in a community without a matching grid, outside.
 */
class LocationIndexTest {

    /*
     * Community "west" 100.0–100.2 E × 30.0–30.1 N, four grids in a 2 × 2 pattern meeting at (100.1, 30.05); the codes
     * are chosen so that the lowest code is not the first inserted and not the westernmost. The northern strip
     * 30.1–30.12 belongs to the community and no grid.
     */
    private final LocationIndex index = new LocationIndex(
            List.of(area("west", "西社区", "west", rectangle(100.0, 30.0, 100.2, 30.12)),
                    area("east", "东社区", "east", rectangle(100.2, 30.0, 100.4, 30.12))),
            List.of(area("west-d", "西南网格", "west", rectangle(100.0, 30.0, 100.1, 30.05)),
                    area("west-b", "东南网格", "west", rectangle(100.1, 30.0, 100.2, 30.05)),
                    area("west-c", "西北网格", "west", rectangle(100.0, 30.05, 100.1, 30.1)),
                    area("west-a", "东北网格", "west", rectangle(100.1, 30.05, 100.2, 30.1)),
                    area("east-1", "东一网格", "east", rectangle(100.2, 30.0, 100.4, 30.1)),
                    // a grid of a community that has no boundary of its own
                    area("loose-1", "散网格", "loose", rectangle(101.0, 31.0, 101.1, 31.1))),
            Map.of("west", "西社区", "east", "东社区", "loose", "无边界社区"));

    @Test
    void aPointInsideAGridIsThatGridAndItsCommunity() {
        assertThat(index.locate(30.02, 100.05)).contains(new LocatedPlace("west", "西社区", "west-d", "西南网格"));
        assertThat(index.locate(30.08, 100.15)).contains(new LocatedPlace("west", "西社区", "west-a", "东北网格"));
        assertThat(index.locate(30.05, 100.3)).contains(new LocatedPlace("east", "东社区", "east-1", "东一网格"));
    }

    @Test
    void aPointOnTheEdgeTwoGridsShareGoesToTheLowerCode() {
        // the edge between west-d (south-west) and west-b (south-east), and between west-c and west-d
        assertThat(grid(30.02, 100.1)).contains("west-b");
        assertThat(grid(30.05, 100.05)).contains("west-c");
        // the vertex all four share
        assertThat(grid(30.05, 100.1)).contains("west-a");
        // a vertex of one grid on the outer edge of the community
        assertThat(index.locate(30.0, 100.0)).contains(new LocatedPlace("west", "西社区", "west-d", "西南网格"));
    }

    @Test
    void aPointOnTheEdgeTwoCommunitiesShareGoesToTheLowerCodeAndItsGrid() {
        Optional<LocatedPlace> onBorder = index.locate(30.05, 100.2);
        assertThat(onBorder).contains(new LocatedPlace("east", "东社区", "east-1", "东一网格"));
    }

    @Test
    void insideComesBeforeOnTheEdge() {
        LocationIndex overlapping = new LocationIndex(
                List.of(area("a", "甲", "a", rectangle(100.0, 30.0, 100.1, 30.1)),
                        area("b", "乙", "b", rectangle(100.05, 30.0, 100.2, 30.1))),
                List.of(), Map.of("a", "甲", "b", "乙"));
        // on a's eastern edge, inside b: b, although a's code is lower
        assertThat(overlapping.locate(30.05, 100.1).map(LocatedPlace::communityCode)).contains("b");
        // inside both: the lower code
        assertThat(overlapping.locate(30.05, 100.07).map(LocatedPlace::communityCode)).contains("a");
    }

    @Test
    void aPointInTheCommunityButInNoGridIsTheCommunityAlone() {
        assertThat(index.locate(30.11, 100.1)).contains(new LocatedPlace("west", "西社区", null, null));
        // exactly on the grids' northern edge, which the strip shares: the grid
        assertThat(grid(30.1, 100.05)).contains("west-c");
    }

    @Test
    void aGridOfACommunityWithoutBoundaryStillRoutes() {
        assertThat(index.locate(31.05, 101.05)).contains(new LocatedPlace("loose", "无边界社区", "loose-1", "散网格"));
    }

    @Test
    void aPointOutsideEveryBoundaryIsNowhere() {
        assertThat(index.locate(30.13, 100.1)).isEmpty();
        assertThat(index.locate(29.99999, 100.1)).isEmpty();
        assertThat(index.locate(39.9, 116.4)).isEmpty();
        assertThat(index.locate(Double.NaN, 100.1)).isEmpty();
        assertThat(index.locate(91, 100.1)).isEmpty();
        assertThat(new LocationIndex(List.of(), List.of(), Map.of()).locate(30.05, 100.05)).isEmpty();
    }

    private Optional<String> grid(double lat, double lon) {
        return index.locate(lat, lon).map(LocatedPlace::gridCode);
    }

    static Area area(String code, String name, String community, Geometry boundary) {
        return new Area(code, name, community, boundary);
    }

    static Geometry rectangle(double west, double south, double east, double north) {
        return Boundaries.read(DemoRegistryData.rectangle(west, south, east, north));
    }
}
