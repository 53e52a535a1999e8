package cn.gongzhi.registry.web;

import cn.gongzhi.registry.LocatedPlace;
import cn.gongzhi.registry.LocationRouter;
import cn.gongzhi.shared.InvalidFieldException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * PUBLIC, no login: which community and grid a point lies in, for "use my location" on the resident's page and for
 * the staff intake ({@code GET /public/locate?lat=40.03&long=116.33}). Rate-limited as every public read. Shows only
 * what the registry's boundaries say; the point itself is neither stored nor logged.
 */
@RestController
class PublicLocationEndpoint {

    record Unit(String code, String name) {}

    /** {@code grid} is null when the point lies in the community but in none of its grids. */
    record Location(Unit community, Unit grid) {}

    private final LocationRouter router;

    PublicLocationEndpoint(LocationRouter router) {
        this.router = router;
    }

    @GetMapping("/public/locate")
    ResponseEntity<?> locate(@RequestParam(name = "lat", required = false) String lat,
            @RequestParam(name = "long", required = false) String lon) {
        double latitude = coordinate(lat, "lat", "纬度", 90);
        double longitude = coordinate(lon, "long", "经度", 180);
        return router.locate(latitude, longitude).<ResponseEntity<?>>map(p -> ResponseEntity.ok(location(p)))
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            "该位置不在任何社区（村）的边界内，请手动选择所在社区（村）。");
                    problem.setTitle("不在服务范围内");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
                });
    }

    private static Location location(LocatedPlace p) {
        return new Location(new Unit(p.communityCode(), p.communityName()),
                p.gridCode() == null ? null : new Unit(p.gridCode(), p.gridName()));
    }

    static double coordinate(String value, String field, String label, double limit) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "请提供" + label + " " + field + "（WGS 84，十进制度数）");
        }
        double parsed;
        try {
            parsed = new java.math.BigDecimal(value.trim()).doubleValue();
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, label + "须为数字（十进制度数，如 40.03）");
        }
        if (Math.abs(parsed) > limit) {
            throw new InvalidFieldException(field, label + "须在 -" + (int) limit + " 至 " + (int) limit + " 之间");
        }
        return parsed;
    }
}
