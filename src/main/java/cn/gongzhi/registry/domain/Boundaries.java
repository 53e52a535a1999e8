package cn.gongzhi.registry.domain;

import cn.gongzhi.shared.InvalidFieldException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.stereotype.Component;

/**
 * Long because it is one check, the rules a boundary must meet on write (below) applied in order to one geometry,
 * each refusal worded for the field it refuses; the rules build on each other (a valid polygon before its
 * containment and overlaps), so they stay together.
 * <p>
 * Boundaries of communities and grids: GeoJSON Polygon or MultiPolygon in WGS 84 longitude/latitude (RFC 7946), read
 * into JTS geometries. On write every rule is checked and a broken one refused on the request's field with a Chinese
 * reason (docs/registry.md, "Boundaries"): the shape of the GeoJSON, closed rings, a valid polygon (JTS
 * {@code isValid}: no self-intersection, holes inside their shell), the number of vertices, each vertex within the
 * rough box around China; a grid lies within its community's boundary and overlaps no other grid of the community.
 */
@Component
public class Boundaries {

    /** Planar coordinates in degrees, as stored; SRID 4326 (WGS 84). */
    public static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLE = "如 {\"type\": \"Polygon\", \"coordinates\": [[[116.33, 40.02], [116.34, 40.02],"
            + " [116.34, 40.03], [116.33, 40.02]]]}";

    private final RegistryProperties.Boundary limits;
    private final GridRepository grids;

    Boundaries(RegistryProperties properties, GridRepository grids) {
        this.limits = properties.boundary();
        this.grids = grids;
    }

    /** A boundary as the API received it, checked; and the text it is stored as (only type and coordinates). */
    public record Checked(Geometry geometry, String text) {}

    /**
     * Checks a boundary as a request sends it: a GeoJSON object, or a string holding one; null or JSON null when the
     * record has none.
     *
     * @param field the request's field, named in the refusal
     */
    public Optional<Checked> check(JsonNode boundary, String field) {
        if (boundary == null || boundary.isNull()) {
            return Optional.empty();
        }
        JsonNode node = boundary;
        if (boundary.isTextual()) {
            try {
                node = JSON.readTree(boundary.asText());
            } catch (JsonProcessingException e) {
                throw new InvalidFieldException(field, "边界不是有效的 JSON：须为 GeoJSON 对象，" + EXAMPLE);
            }
        }
        Geometry geometry = geometry(node, field);
        if (geometry.getNumPoints() > limits.maxVertices()) {
            throw new InvalidFieldException(field, "边界的顶点过多：共 " + geometry.getNumPoints() + " 个（每个环的闭合点也计入），最多 "
                    + limits.maxVertices() + " 个");
        }
        for (Coordinate c : geometry.getCoordinates()) {
            if (c.x < limits.minLongitude() || c.x > limits.maxLongitude() || c.y < limits.minLatitude()
                    || c.y > limits.maxLatitude()) {
                throw new InvalidFieldException(field, "坐标 [" + number(c.x) + ", " + number(c.y) + "] 不在中国境内的范围（经度 "
                        + number(limits.minLongitude()) + "–" + number(limits.maxLongitude()) + "，纬度 "
                        + number(limits.minLatitude()) + "–" + number(limits.maxLatitude())
                        + "）；GeoJSON 的坐标顺序是 [经度, 纬度]");
            }
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            throw new InvalidFieldException(field, "边界不是有效的多边形：" + reason(error)
                    + (at == null ? "" : "，位于 [" + number(at.x) + ", " + number(at.y) + "]"));
        }
        if (geometry.getArea() == 0) {
            throw new InvalidFieldException(field, "边界没有面积：所有点在一条线上");
        }
        ObjectNode stored = JsonNodeFactory.instance.objectNode();
        stored.put("type", node.get("type").asText());
        stored.set("coordinates", node.get("coordinates"));
        return Optional.of(new Checked(geometry, stored.toString()));
    }

    /**
     * A grid's boundary against its community: it lies within the community's boundary when the community has one,
     * and overlaps no other grid of the community (touching along an edge or at a point is allowed).
     *
     * @param selfId the grid's id, null for a new grid
     */
    public void checkGrid(Long selfId, Community community, Geometry boundary, String field) {
        Geometry outer = read(community.getBoundary());
        if (outer != null && !outer.covers(boundary)) {
            throw new InvalidFieldException(field, "网格边界须在所属社区“" + community.getName() + "”的边界之内");
        }
        for (Grid other : grids.findByCommunityIdOrderById(community.getId())) {
            if (other.getId().equals(selfId)) {
                continue;
            }
            Geometry theirs = read(other.getBoundary());
            if (theirs != null && overlap(boundary, theirs)) {
                throw new InvalidFieldException(field, "网格边界与本社区的网格“" + other.getName() + "”（" + other.getCode()
                        + "）重叠；同一社区的网格不能重叠，只能相邻");
            }
        }
    }

    /** A community's new boundary against its grids: each grid with a boundary must still lie within it. */
    public void checkCommunity(Community community, Geometry boundary, String field) {
        if (community.getId() == null) {
            return;
        }
        for (Grid grid : grids.findByCommunityIdOrderById(community.getId())) {
            Geometry inner = read(grid.getBoundary());
            if (inner != null && !boundary.covers(inner)) {
                throw new InvalidFieldException(field, "社区边界须包含本社区所有网格的边界：网格“" + grid.getName() + "”（"
                        + grid.getCode() + "）有部分在新边界之外");
            }
        }
    }

    /** Whether the interiors of two areas meet in an area (not only along an edge or at a point). */
    static boolean overlap(Geometry a, Geometry b) {
        return a.getEnvelopeInternal().intersects(b.getEnvelopeInternal()) && a.relate(b, "2********");
    }

    /** A stored boundary as a geometry; null when there is none or it cannot be read (then it routes nothing). */
    public static Geometry read(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return geometry(JSON.readTree(stored), "boundary");
        } catch (JsonProcessingException | InvalidFieldException e) {
            return null;
        }
    }

    /** A stored boundary as JSON for a response; null when there is none. */
    public static JsonNode json(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Geometry geometry(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new InvalidFieldException(field, "边界须为 GeoJSON 对象，" + EXAMPLE);
        }
        String type = node.path("type").asText("");
        JsonNode coordinates = node.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            if (type.equals("Feature") || type.equals("FeatureCollection")) {
                throw new InvalidFieldException(field, "边界须为 GeoJSON 几何对象（Polygon 或 MultiPolygon），不是 " + type
                        + "；请只提交其中的 geometry");
            }
        }
        return switch (type) {
            case "Polygon" -> polygon(array(coordinates, field), field, "");
            case "MultiPolygon" -> {
                ArrayNode parts = array(coordinates, field);
                if (parts.isEmpty()) {
                    throw new InvalidFieldException(field, "MultiPolygon 至少要有一个多边形");
                }
                Polygon[] polygons = new Polygon[parts.size()];
                for (int i = 0; i < parts.size(); i++) {
                    polygons[i] = polygon(array(parts.get(i), field), field, "第 " + (i + 1) + " 个多边形的");
                }
                yield GEOMETRY.createMultiPolygon(polygons);
            }
            default -> throw new InvalidFieldException(field, "边界的 type 须为 Polygon 或 MultiPolygon"
                    + (type.isEmpty() ? "" : "，现为 " + type) + "；" + EXAMPLE);
        };
    }

    private static Polygon polygon(ArrayNode rings, String field, String which) {
        if (rings.isEmpty()) {
            throw new InvalidFieldException(field, "边界的" + which + "外环缺失：多边形是环的数组，第一个环是外环");
        }
        List<LinearRing> built = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            ArrayNode ring = array(rings.get(r), field);
            String name = which + (r == 0 ? "外环" : "第 " + r + " 个内环");
            if (ring.size() < 4) {
                throw new InvalidFieldException(field, "边界的" + name + "至少要有 4 个点（首尾为同一点），现为 " + ring.size()
                        + " 个");
            }
            Coordinate[] points = new Coordinate[ring.size()];
            for (int p = 0; p < ring.size(); p++) {
                points[p] = position(ring.get(p), field);
            }
            if (!points[0].equals2D(points[points.length - 1])) {
                throw new InvalidFieldException(field, "边界的" + name + "未闭合：首点 [" + number(points[0].x) + ", "
                        + number(points[0].y) + "] 与末点 [" + number(points[points.length - 1].x) + ", "
                        + number(points[points.length - 1].y) + "] 须相同");
            }
            built.add(GEOMETRY.createLinearRing(points));
        }
        return GEOMETRY.createPolygon(built.get(0), built.subList(1, built.size()).toArray(LinearRing[]::new));
    }

    private static Coordinate position(JsonNode position, String field) {
        if (position == null || !position.isArray() || position.size() < 2 || position.size() > 3
                || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new InvalidFieldException(field, "边界的每个点须为 [经度, 纬度] 两个数，现为 " + abbreviated(position));
        }
        double x = position.get(0).asDouble();
        double y = position.get(1).asDouble();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new InvalidFieldException(field, "边界的坐标须为有限的数，现为 " + abbreviated(position));
        }
        return new Coordinate(x, y);
    }

    private static ArrayNode array(JsonNode node, String field) {
        if (node instanceof ArrayNode array) {
            return array;
        }
        throw new InvalidFieldException(field, "边界的 coordinates 格式不对：Polygon 是环的数组，环是 [经度, 纬度] 点的数组，"
                + "MultiPolygon 是 Polygon 的数组；现为 " + abbreviated(node));
    }

    private static String reason(TopologyValidationError error) {
        return switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION -> "边界自相交，或多个多边形相互重叠";
            case TopologyValidationError.RING_SELF_INTERSECTION -> "环自相交";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "内环（洞）不在外环之内";
            case TopologyValidationError.NESTED_HOLES -> "内环相互嵌套";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "内环把多边形内部分成了不相连的几块";
            case TopologyValidationError.NESTED_SHELLS -> "MultiPolygon 的一个多边形在另一个之内";
            case TopologyValidationError.DUPLICATE_RINGS -> "有重复的环";
            case TopologyValidationError.TOO_FEW_POINTS -> "不同的点太少，围不成面积";
            case TopologyValidationError.INVALID_COORDINATE -> "坐标无效";
            case TopologyValidationError.RING_NOT_CLOSED -> "环未闭合";
            default -> "几何无效";
        };
    }

    private static String abbreviated(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
