package cn.gongzhi.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.support.Configs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/** What a boundary must be before the registry stores it, and the reason a person reads when it is not. */
class BoundariesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Boundaries boundaries = new Boundaries(Configs.bind(RegistryProperties.class), null);

    @Test
    void aPolygonAndAMultiPolygonAreStoredAsTypeAndCoordinatesOnly() {
        Boundaries.Checked polygon = boundaries.check(json("{\"type\": \"Polygon\", \"bbox\": [1, 2, 3, 4],"
                + " \"coordinates\": [[[116.33, 40.02], [116.34, 40.02], [116.34, 40.03], [116.33, 40.02]]]}"),
                "boundary").orElseThrow();
        assertThat(polygon.text()).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[116.33,40.02],[116.34,40.02],"
                + "[116.34,40.03],[116.33,40.02]]]}");
        assertThat(polygon.geometry().getArea()).isPositive();

        String two = "{\"type\": \"MultiPolygon\", \"coordinates\": [[[[116.30, 40.0], [116.31, 40.0], [116.31, 40.01],"
                + " [116.30, 40.0]]], [[[116.32, 40.0], [116.33, 40.0], [116.33, 40.01], [116.32, 40.0]]]]}";
        assertThat(boundaries.check(json(two), "boundary").orElseThrow().geometry().getNumGeometries()).isEqualTo(2);
        // a string holding GeoJSON is read as well
        assertThat(boundaries.check(TextNode.valueOf(two), "boundary")).isPresent();
        assertThat(boundaries.check(null, "boundary")).isEmpty();
        assertThat(boundaries.check(json("null"), "boundary")).isEmpty();
    }

    @Test
    void brokenGeoJsonIsRefusedWithItsReason() {
        refused("[1, 2]", "GeoJSON 对象");
        refused("{\"type\": \"Point\", \"coordinates\": [116.3, 40.0]}", "Polygon 或 MultiPolygon", "Point");
        refused("{\"type\": \"Feature\", \"geometry\": {}}", "geometry");
        refused("{\"type\": \"Polygon\"}", "coordinates");
        refused("{\"type\": \"Polygon\", \"coordinates\": [[[116.3, \"40\"], [116.4, 40], [116.4, 40.1], [116.3, 40]]]}",
                "[经度, 纬度]");
        refused("{\"type\": \"Polygon\", \"coordinates\": []}", "外环");
        assertThatThrownBy(() -> boundaries.check(TextNode.valueOf("{\"type\": "), "boundary"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("JSON");
    }

    @Test
    void ringsMustBeClosedAndHaveFourPoints() {
        refused("{\"type\": \"Polygon\", \"coordinates\": [[[116.3, 40.0], [116.4, 40.0], [116.4, 40.1], [116.3, 40.1]]]}",
                "未闭合", "[116.3, 40]", "[116.3, 40.1]");
        refused("{\"type\": \"Polygon\", \"coordinates\": [[[116.3, 40.0], [116.4, 40.0], [116.3, 40.0]]]}",
                "至少要有 4 个点", "3 个");
    }

    @Test
    void aSelfIntersectingOrFlatPolygonIsRefused() {
        // a bow tie: the two diagonals cross at (116.35, 40.05)
        refused("{\"type\": \"Polygon\", \"coordinates\": [[[116.3, 40.0], [116.4, 40.1], [116.4, 40.0], [116.3, 40.1],"
                + " [116.3, 40.0]]]}", "自相交", "[116.35, 40.05]");
        // a hole outside its shell
        refused("{\"type\": \"Polygon\", \"coordinates\": [[[116.3, 40.0], [116.4, 40.0], [116.4, 40.1], [116.3, 40.0]],"
                + " [[116.5, 40.0], [116.6, 40.0], [116.6, 40.1], [116.5, 40.0]]]}", "内环");
        // two overlapping parts of one MultiPolygon
        refused("{\"type\": \"MultiPolygon\", \"coordinates\": [[[[116.3, 40.0], [116.4, 40.0], [116.4, 40.1],"
                + " [116.3, 40.0]]], [[[116.35, 40.0], [116.45, 40.0], [116.45, 40.1], [116.35, 40.0]]]]}", "重叠");
        refused("{\"type\": \"Polygon\", \"coordinates\": [[[116.3, 40.0], [116.4, 40.0], [116.5, 40.0], [116.3, 40.0]]]}",
                "有效的多边形");
    }

    @Test
    void coordinatesMustLieInChinaInLongitudeLatitudeOrder() {
        // latitude first, as many people write it
        refused("{\"type\": \"Polygon\", \"coordinates\": [[[40.0, 116.3], [40.1, 116.3], [40.1, 116.4], [40.0, 116.3]]]}",
                "不在中国境内", "[经度, 纬度]");
        refused("{\"type\": \"Polygon\", \"coordinates\": [[[-0.1, 51.5], [0.1, 51.5], [0.1, 51.6], [-0.1, 51.5]]]}",
                "不在中国境内");
    }

    @Test
    void theBoxAroundChinaIsConfigurationWithItsEdgesIncluded() {
        // the default box: 73–136° E, 3–54° N, edges included
        assertThat(boundaries.check(json(DemoRegistryData.rectangle(73.0, 53.9, 73.1, 54.0)), "boundary")).isPresent();
        assertThat(boundaries.check(json(DemoRegistryData.rectangle(135.9, 3.0, 136.0, 3.1)), "boundary")).isPresent();
        refused(DemoRegistryData.rectangle(72.99, 40.0, 73.1, 40.1), "[72.99, 40]", "经度 73–136");
        refused(DemoRegistryData.rectangle(120.0, 53.9, 120.1, 54.01), "纬度 3–54");
        boundaries = new Boundaries(Configs.bind(RegistryProperties.class, "boundary.min-longitude=72.5"), null);
        assertThat(boundaries.check(json(DemoRegistryData.rectangle(72.99, 40.0, 73.1, 40.1)), "boundary")).isPresent();
    }

    @Test
    void theNumberOfVerticesIsBoundedByConfiguration() {
        boundaries = new Boundaries(Configs.bind(RegistryProperties.class, "boundary.max-vertices=8"), null);
        assertThat(boundaries.check(json(circle(7)), "boundary")).isPresent();
        refused(circle(8), "顶点过多", "共 9 个", "最多 8 个");
        boundaries = new Boundaries(Configs.bind(RegistryProperties.class), null);
        assertThat(boundaries.check(json(circle(1999)), "boundary")).isPresent();
        refused(circle(2000), "共 2001 个");
    }

    /** A polygon of n distinct vertices on a circle around 清河 (n + 1 points with the closing one). */
    private static String circle(int n) {
        double[] lonLat = new double[2 * n];
        for (int i = 0; i < n; i++) {
            lonLat[2 * i] = 116.34 + 0.01 * Math.cos(2 * Math.PI * i / n);
            lonLat[2 * i + 1] = 40.03 + 0.01 * Math.sin(2 * Math.PI * i / n);
        }
        return DemoRegistryData.polygon(lonLat);
    }

    private void refused(String geojson, String... reasons) {
        assertThatThrownBy(() -> boundaries.check(json(geojson), "boundary"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("boundary");
                    assertThat(e.getMessage()).contains(reasons);
                });
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
