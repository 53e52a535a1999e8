package cn.gongzhi.registry;

import cn.gongzhi.BenchmarkDatabase;
import cn.gongzhi.GongzhiApplication;
import cn.gongzhi.registry.domain.Boundaries;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast a point is routed to its community and grid with 5,000 grids (issue 18; docs/performance.md, "Routing a
 * point with 5,000 grids"). Not a test: run it with
 * {@code mvn -Pbenchmark verify -Dbenchmark.main=cn.gongzhi.registry.LocationBenchmark} ({@code -Dbenchmark.grids=5000},
 * {@code -Dbenchmark.lookups=200000}).
 *
 * <p>Starts the application on an in-memory H2 database with the demo street (2 communities, 5 grids), times
 * {@link LocationRouter#locate} there, then adds 100 communities of 50 grids each (by default: 5,000 grids, each
 * boundary a 40-vertex polygon, each community a 200-vertex one) around 112–113° E, 34–35° N, and times the index's
 * rebuild, the look-up, a look-up without the index (every grid's prepared geometry tested in turn, the way a simple
 * implementation would) and {@code GET /public/locate} over HTTP. Points are drawn uniformly over the covered area
 * and 10 % beyond it (outside every boundary); every routed point is checked against the grid it was drawn in.
 */
public final class LocationBenchmark {

    private static final double WEST = 112.0;
    private static final double SOUTH = 34.0;
    /** A community is 0.1° × 0.1° (about 9 × 11 km), its grids 5 × 10 cells of 0.02° × 0.01°. */
    private static final double COMMUNITY = 0.1;
    private static final int GRID_COLUMNS = 5;
    private static final int GRID_ROWS = 10;
    /** Points per edge of a grid's boundary: 10, so 40 vertices (41 with the closing one). */
    private static final int EDGE_POINTS = 10;

    private LocationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int gridCount = Integer.getInteger("benchmark.grids", 5000);
        int lookups = Integer.getInteger("benchmark.lookups", 200_000);
        int communities = Math.max(1, gridCount / (GRID_COLUMNS * GRID_ROWS));
        int side = (int) Math.ceil(Math.sqrt(communities));
        Map<String, Object> properties = new HashMap<>(Map.of("server.port", "0",
                "camunda.bpm.job-execution.enabled", "false", "logging.level.root", "WARN",
                "spring.datasource.url", "jdbc:h2:mem:bench-location;DB_CLOSE_DELAY=-1",
                // the HTTP measurement is one client: the public read limit would stop it after 120 requests
                "gongzhi.limits.public-reads-per-period", "100000000"));
        List<String> lines = new ArrayList<>();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongzhiApplication.class)
                .run(BenchmarkDatabase.arguments(properties))) {
            LocationRouter router = context.getBean(LocationRouter.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Random random = new Random(18);

            // the demo street: 清河街道's two communities and five grids
            double[][] demoPoints = points(random, lookups, 116.329, 40.0255, 116.361, 40.0425);
            Stats demo = lookups(router, demoPoints, null);
            lines.add(String.format(Locale.ROOT, "demo street (%d boundaries): look-up %s", router.index().size(),
                    demo));

            // 100 communities of 50 grids
            long street = jdbc.queryForObject("select id from street where code = 'qinghe'", Long.class);
            List<String> gridBoundaries = load(jdbc, street, communities, side);
            double[] rebuilds = new double[11];
            for (int i = 0; i < rebuilds.length; i++) {
                context.publishEvent(new RegistryChanged("grids", 0L));
                long start = System.nanoTime();
                router.index();
                rebuilds[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(rebuilds);
            int indexed = router.index().size();
            double east = WEST + side * COMMUNITY;
            double north = SOUTH + Math.ceil((double) communities / side) * COMMUNITY;
            double marginX = (east - WEST) * 0.05;
            double marginY = (north - SOUTH) * 0.05;
            double[][] points = points(random, lookups, WEST - marginX, SOUTH - marginY, east + marginX,
                    north + marginY);
            Stats indexedStats = lookups(router, points, communities);
            lines.add(String.format(Locale.ROOT, "%,d grids in %,d communities (%,d boundaries): index rebuilt in %.1f ms"
                    + " (median of %d; min %.1f, max %.1f)", gridBoundaries.size(), communities, indexed,
                    rebuilds[rebuilds.length / 2], rebuilds.length, rebuilds[0], rebuilds[rebuilds.length - 1]));
            lines.add(String.format(Locale.ROOT, "%,d grids: look-up %s", gridBoundaries.size(), indexedStats));

            // without the index: every grid tested in turn (a tenth of the points, it is slow)
            List<PreparedGeometry> prepared = gridBoundaries.stream().map(Boundaries::read)
                    .map(PreparedGeometryFactory::prepare).toList();
            double[][] fewer = Arrays.copyOf(points, Math.max(1000, points.length / 10));
            Stats scan = time(fewer, p -> {
                Point point = Boundaries.GEOMETRY.createPoint(new Coordinate(p[1], p[0]));
                for (PreparedGeometry grid : prepared) {
                    if (grid.covers(point)) {
                        return true;
                    }
                }
                return false;
            });
            lines.add(String.format(Locale.ROOT, "%,d grids, no index (each prepared grid tested in turn): look-up %s",
                    gridBoundaries.size(), scan));

            // the public look-up over HTTP, one client, one connection at a time
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            double[][] requests = Arrays.copyOf(points, 2000);
            Stats overHttp = time(requests, p -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(String.format(Locale.ROOT,
                        "http://localhost:%d/public/locate?lat=%.6f&long=%.6f", port, p[0], p[1]))).build();
                try {
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    return status == 200;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            lines.add(String.format(Locale.ROOT, "%,d grids: GET /public/locate over HTTP %s", gridBoundaries.size(),
                    overHttp));
            lines.add(String.format(Locale.ROOT, "ratios (medians): %,d grids / demo street %.2f×; no index / index"
                    + " %.0f×", gridBoundaries.size(), indexedStats.median() / demo.median(),
                    scan.median() / indexedStats.median()));
        }
        System.out.println("\n== Location benchmark (Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores) ==");
        lines.forEach(line -> System.out.println("== " + line));
    }

    /** Timing of one kind of call: median, 95th and 99th percentile in microseconds, and how many found a place. */
    record Stats(double median, double p95, double p99, int found, int total, int wrong) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median %.1f µs, p95 %.1f µs, p99 %.1f µs over %,d calls (%,d routed%s)",
                    median, p95, p99, total, found, wrong < 0 ? "" : ", " + wrong + " to a wrong grid");
        }
    }

    interface Call {
        boolean run(double[] point);
    }

    private static Stats lookups(LocationRouter router, double[][] points, Integer communities) {
        int[] wrong = {0};
        Stats stats = time(points, p -> {
            Optional<LocatedPlace> place = router.locate(p[0], p[1]);
            if (place.isPresent() && communities != null && !place.get().gridCode().equals(expectedGrid(p))) {
                wrong[0]++;
            }
            return place.isPresent();
        });
        return new Stats(stats.median(), stats.p95(), stats.p99(), stats.found(), stats.total(),
                communities == null ? -1 : wrong[0]);
    }

    private static Stats time(double[][] points, Call call) {
        int warmUp = Math.min(points.length, 20_000);
        for (int i = 0; i < warmUp; i++) {
            call.run(points[i]);
        }
        double[] micros = new double[points.length];
        int found = 0;
        for (int i = 0; i < points.length; i++) {
            long start = System.nanoTime();
            boolean hit = call.run(points[i]);
            micros[i] = (System.nanoTime() - start) / 1e3;
            found += hit ? 1 : 0;
        }
        Arrays.sort(micros);
        return new Stats(micros[micros.length / 2], micros[(int) Math.ceil(micros.length * 0.95) - 1],
                micros[(int) Math.ceil(micros.length * 0.99) - 1], found, points.length, -1);
    }

    /** The code of the grid a point was drawn in (ties on an edge cannot occur with random doubles in practice). */
    private static String expectedGrid(double[] p) {
        int cx = (int) Math.floor((p[1] - WEST) / COMMUNITY);
        int cy = (int) Math.floor((p[0] - SOUTH) / COMMUNITY);
        int gx = (int) Math.floor((p[1] - WEST - cx * COMMUNITY) / (COMMUNITY / GRID_COLUMNS));
        int gy = (int) Math.floor((p[0] - SOUTH - cy * COMMUNITY) / (COMMUNITY / GRID_ROWS));
        return "bench-" + cx + "-" + cy + "-" + gx + "-" + gy;
    }

    private static double[][] points(Random random, int count, double west, double south, double east, double north) {
        double[][] points = new double[count][];
        for (int i = 0; i < count; i++) {
            points[i] = new double[] {south + random.nextDouble() * (north - south),
                    west + random.nextDouble() * (east - west)};
        }
        return points;
    }

    /** Inserts the communities and grids with their boundaries; returns the grids' boundaries. */
    private static List<String> load(JdbcTemplate jdbc, long street, int communities, int side) {
        List<String> gridBoundaries = new ArrayList<>();
        List<Object[]> gridRows = new ArrayList<>();
        for (int c = 0; c < communities; c++) {
            int cx = c % side;
            int cy = c / side;
            double west = WEST + cx * COMMUNITY;
            double south = SOUTH + cy * COMMUNITY;
            String code = "bench-" + cx + "-" + cy;
            jdbc.update("insert into community (code, name, type, street_id, households, adult_residents, boundary)"
                    + " values (?, ?, 'URBAN', ?, 1000, 2500, ?)", code, "测试社区" + c, street,
                    rectangle(west, south, west + COMMUNITY, south + COMMUNITY, EDGE_POINTS * GRID_COLUMNS));
            long id = jdbc.queryForObject("select id from community where code = ?", Long.class, code);
            for (int gx = 0; gx < GRID_COLUMNS; gx++) {
                for (int gy = 0; gy < GRID_ROWS; gy++) {
                    double w = west + gx * COMMUNITY / GRID_COLUMNS;
                    double s = south + gy * COMMUNITY / GRID_ROWS;
                    String boundary = rectangle(w, s, w + COMMUNITY / GRID_COLUMNS, s + COMMUNITY / GRID_ROWS,
                            EDGE_POINTS);
                    gridBoundaries.add(boundary);
                    gridRows.add(new Object[] {code + "-" + gx + "-" + gy, "测试网格" + gx + gy, id, boundary});
                }
            }
        }
        jdbc.batchUpdate("insert into grid (code, name, community_id, households, boundary) values (?, ?, ?, 100, ?)",
                gridRows);
        return gridBoundaries;
    }

    /** A rectangle as a GeoJSON Polygon with {@code perEdge} points along each edge. */
    private static String rectangle(double west, double south, double east, double north, int perEdge) {
        List<double[]> ring = new ArrayList<>();
        for (int i = 0; i < perEdge; i++) {
            ring.add(new double[] {west + (east - west) * i / perEdge, south});
        }
        for (int i = 0; i < perEdge; i++) {
            ring.add(new double[] {east, south + (north - south) * i / perEdge});
        }
        for (int i = 0; i < perEdge; i++) {
            ring.add(new double[] {east - (east - west) * i / perEdge, north});
        }
        for (int i = 0; i < perEdge; i++) {
            ring.add(new double[] {west, north - (north - south) * i / perEdge});
        }
        ring.add(ring.get(0));
        StringBuilder text = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i < ring.size(); i++) {
            text.append(i == 0 ? "" : ",").append('[').append(ring.get(i)[0]).append(',').append(ring.get(i)[1])
                    .append(']');
        }
        return text.append("]]}").toString();
    }
}
