package cn.gongzhi.supervision.web;

import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.supervision.SupervisionService;
import cn.gongzhi.supervision.SupervisionService.Day;
import cn.gongzhi.supervision.SupervisionService.Overdue;
import cn.gongzhi.supervision.SupervisionService.Summary;
import cn.gongzhi.supervision.SupervisionUnit;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service levels for supervisors: the summary of a period and unit, and what is overdue now; JSON, or CSV with
 * {@code format=csv}. Street supervisors see their street's units, community supervisors their community's.
 */
@RestController
@RequestMapping("/api/supervision")
class SupervisionController {

    private final SupervisionService supervision;
    private final cn.gongzhi.supervision.SupervisionScopeView scope;

    SupervisionController(SupervisionService supervision, cn.gongzhi.supervision.SupervisionScopeView scope) {
        this.supervision = supervision;
        this.scope = scope;
    }

    @GetMapping("/scope")
    Map<String, Object> scope(Authentication user) {
        return scope.visible(groups(user));
    }

    @GetMapping("/summary")
    ResponseEntity<?> summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "STREET") String unit, @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String format, Authentication user) {
        Summary summary = supervision.summary(groups(user), date(from, "from"), date(to, "to"), unit(unit), unitId);
        if (!"csv".equals(format)) {
            return ResponseEntity.ok(summary);
        }
        StringBuilder csv = new StringBuilder("\uFEFF指标,值\n");
        row(csv, "单位", summary.unitName());
        row(csv, "期间", summary.from() + " 至 " + summary.to());
        row(csv, "受理", summary.received());
        row(csv, "未办结", summary.open());
        row(csv, "已办结", summary.closed());
        row(csv, "当前超期", summary.overdueNow());
        row(csv, "即将到期", summary.dueSoon());
        row(csv, "及时响应率", summary.responseRate());
        row(csv, "解决率", summary.resolutionRate());
        row(csv, "满意率", summary.satisfactionRate());
        row(csv, "综合得分", summary.compositeScore());
        row(csv, "首次联系用时中位数（分钟）", summary.timeToFirstContact().median());
        row(csv, "首次联系用时 P90（分钟）", summary.timeToFirstContact().p90());
        row(csv, "办结用时中位数（分钟）", summary.timeToResolution().median());
        row(csv, "办结用时 P90（分钟）", summary.timeToResolution().p90());
        row(csv, "重办率", summary.reopenRate());
        row(csv, "退回职能部门", summary.returned());
        row(csv, "退回占比", summary.returnShare());
        row(csv, "吹哨率（每百件）", summary.whistleRate());
        row(csv, "报到迟到部门", summary.departmentsLateToReportIn());
        row(csv, "超期承诺", summary.overdueCommitments());
        row(csv, "召开会议", summary.meetingsHeld());
        row(csv, "未达法定人数会议", summary.meetingsWithoutQuorum());
        row(csv, "通过决议", summary.resolutionsPassed());
        row(csv, "否决决议", summary.resolutionsRejected());
        row(csv, "收到异议", summary.objectionsFiled());
        row(csv, "异议成立", summary.objectionsUpheld());
        csv.append("\n日期,受理,及时响应率,解决率,满意率\n");
        for (Day day : summary.trend()) {
            csv.append(day.day()).append(',').append(day.received()).append(',').append(value(day.responseRate()))
                    .append(',').append(value(day.resolutionRate())).append(',')
                    .append(value(day.satisfactionRate())).append('\n');
        }
        return csv(csv, "summary.csv");
    }

    @GetMapping("/overdue")
    ResponseEntity<?> overdue(@RequestParam(defaultValue = "STREET") String unit,
            @RequestParam(required = false) String unitId, @RequestParam(required = false) String format,
            Authentication user) {
        Overdue overdue = supervision.overdue(groups(user), unit(unit), unitId);
        if (!"csv".equals(format)) {
            return ResponseEntity.ok(overdue);
        }
        StringBuilder csv = new StringBuilder("\uFEFF类型,编号或任务,名称或类别,社区,办理人,首次联系期限,办结期限\n");
        overdue.petitions().forEach(p -> csv.append("诉求,").append(escape(p.number())).append(',')
                .append(escape(p.categoryCode())).append(',').append(escape(p.communityCode())).append(',')
                .append(escape(value(p.assignedWorker()))).append(',')
                .append(value(p.firstContactDue())).append(',').append(value(p.resolutionDue())).append('\n'));
        overdue.tasks().forEach(t -> csv.append("任务,").append(t.taskId()).append(',').append(escape(t.name()))
                .append(",,").append(escape(value(t.assignee()))).append(",,").append(value(t.due())).append('\n'));
        return csv(csv, "overdue.csv");
    }

    private static ResponseEntity<String> csv(StringBuilder csv, String name) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(csv.toString());
    }

    private static void row(StringBuilder csv, String label, Object value) {
        csv.append(label).append(',').append(escape(value(value))).append('\n');
    }

    private static String value(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * One CSV cell: quoted where it holds a comma, a quote or a line break, and never read as a formula by a
     * spreadsheet (a cell starting with = + - @ or a tab gets a leading apostrophe: OWASP's CSV injection advice).
     */
    static String escape(String text) {
        String cell = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static SupervisionUnit unit(String unit) {
        try {
            return SupervisionUnit.valueOf(unit);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("unit", "unit 只能是 STREET、COMMUNITY、GRID、WORKER、CATEGORY 或 DEPARTMENT");
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "日期格式应为 2026-11-01");
        }
    }
}
