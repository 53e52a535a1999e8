package cn.gongzhi.supervision.web;

import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.supervision.SupervisionScopeView;
import cn.gongzhi.supervision.SupervisionService;
import cn.gongzhi.supervision.SupervisionService.Comparison;
import cn.gongzhi.supervision.SupervisionService.ComparisonRow;
import cn.gongzhi.supervision.SupervisionService.Day;
import cn.gongzhi.supervision.SupervisionService.Members;
import cn.gongzhi.supervision.WorkforceFigures;
import cn.gongzhi.supervision.SupervisionService.Overdue;
import cn.gongzhi.supervision.SupervisionService.Rate;
import cn.gongzhi.supervision.SupervisionService.Score;
import cn.gongzhi.supervision.SupervisionService.Summary;
import cn.gongzhi.supervision.SupervisionUnit;
import cn.gongzhi.supervision.web.Exports.Table;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service levels for supervisors: the units she may choose, the summary of a period and unit, the comparison of its
 * communities or grids, and what is overdue now; JSON, or a file with {@code format=csv} or {@code format=xlsx}.
 * Street supervisors see their street's units, community supervisors their community's.
 */
@RestController
@RequestMapping("/api/supervision")
class SupervisionController {

    /** Due times as on screen, to the minute. */
    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SupervisionService supervision;
    private final SupervisionScopeView scope;

    SupervisionController(SupervisionService supervision, SupervisionScopeView scope) {
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
        Summary s = supervision.summary(groups(user), date(from, "from"), date(to, "to"), unit(unit), unitId);
        if (format == null) {
            return ResponseEntity.ok(s);
        }
        List<List<Object>> figures = new ArrayList<>();
        figures.add(row("单位", s.unitName(), null, null));
        figures.add(row("期间", s.from() + " 至 " + s.to(), null, null));
        figures.add(row("受理", s.received(), null, null));
        figures.add(row("未办结", s.open(), null, null));
        figures.add(row("已办结", s.closed(), null, null));
        figures.add(row("当前超期", s.overdueNow(), null, null));
        figures.add(row("即将到期", s.dueSoon(), null, null));
        figures.add(rate("及时响应率", s.responseRate()));
        figures.add(rate("解决率", s.resolutionRate()));
        figures.add(rate("满意率", s.satisfactionRate()));
        figures.add(row("综合得分", score(s.compositeScore()), null, null));
        figures.add(row("首次联系用时中位数（分钟）", s.timeToFirstContact().median(), null, null));
        figures.add(row("首次联系用时 P90（分钟）", s.timeToFirstContact().p90(), null, null));
        figures.add(row("办结用时中位数（分钟）", s.timeToResolution().median(), null, null));
        figures.add(row("办结用时 P90（分钟）", s.timeToResolution().p90(), null, null));
        figures.add(rate("重办率", s.reopenRate()));
        figures.add(row("退回职能部门", s.returned(), null, null));
        figures.add(rate("退回占比", s.returnShare()));
        figures.add(Arrays.asList("吹哨率（每百件）", perHundred(s.whistleRate()), s.whistleRate().part(),
                s.whistleRate().whole()));
        figures.add(row("报到迟到部门", s.departmentsLateToReportIn(), null, null));
        figures.add(row("超期承诺", s.overdueCommitments(), null, null));
        figures.add(row("召开会议", s.meetingsHeld(), null, null));
        figures.add(row("未达法定人数会议", s.meetingsWithoutQuorum(), null, null));
        figures.add(row("通过决议", s.resolutionsPassed(), null, null));
        figures.add(row("否决决议", s.resolutionsRejected(), null, null));
        figures.add(row("收到异议", s.objectionsFiled(), null, null));
        figures.add(row("异议成立", s.objectionsUpheld(), null, null));
        if (s.members() != null) {
            Members m = s.members();
            figures.add(row("党员作用：居住在本地的在职党员", m.inService(), null, null));
            figures.add(row("党员作用：已报到", m.reported(), null, null));
            figures.add(rate("党员作用：报到率", m.reportedShare()));
            figures.add(row("党员作用：在岗党员", m.active(), null, null));
            figures.add(rate("党员作用：在岗占比", m.activeShare()));
            figures.add(row("党员作用：确认服务时长（小时）", m.serviceHours().toPlainString(), null, null));
            figures.add(row("党员作用：发布服务项目", m.itemsPublished(), null, null));
            figures.add(row("党员作用：其中已完成", m.itemsDone(), null, null));
            figures.add(rate("党员作用：微心愿实现率", m.microWishesMet()));
            figures.add(row("党员作用：党员协助办理诉求", m.petitionHelps(), null, null));
            figures.add(rate("党员作用：诉求办理人中的党员占比", m.petitionHelperShare()));
        }
        if (s.workers() != null) {
            WorkforceFigures w = s.workers();
            figures.add(row("社工队伍：统计日", w.asOf().toString(), null, null));
            figures.add(row("社工队伍：社区工作者", w.workers(), null, null));
            figures.add(rate("社工队伍：持有效职业资格占比", w.qualifiedShare()));
            figures.add(row("社工队伍：" + w.trainingYear() + " 年有培训计划的人数", w.planned(), null, null));
            figures.add(row("社工队伍：计划学时", w.hoursPlanned(), null, null));
            figures.add(rate("社工队伍：计划学时完成率", w.planProgress()));
            figures.add(rate("社工队伍：已完成计划学时的人数占比", w.onTrackShare()));
            figures.add(row("社工队伍：已记学时", w.hoursCredited(), null, null));
            figures.add(row("社工队伍：" + w.expiryWarningDays() + " 天内到期的证书", w.certificatesExpiring(), null,
                    null));
            for (WorkforceFigures.ResultCount r : w.appraisals()) {
                figures.add(rate("社工队伍：" + w.appraisalYear() + " 年度考核" + r.label(), r.share()));
            }
        }
        List<List<Object>> trend = new ArrayList<>();
        for (Day day : s.trend()) {
            trend.add(Arrays.asList(day.day().toString(), day.until().toString(), day.received(),
                    shown(day.responseRate()), shown(day.resolutionRate()), shown(day.satisfactionRate())));
        }
        String period = s.from() + "至" + s.to();
        return Exports.file(format(format), List.of(
                new Table("指标", List.of("指标", "值", "分子", "分母"), figures),
                new Table("走势", List.of("WEEK".equals(s.trendBy()) ? "周（自周一）" : "日期", "至", "受理", "及时响应率",
                        "解决率", "满意率"), trend)),
                "服务督办_" + Exports.namePart(s.unitName()) + "_" + period,
                "supervision_" + Exports.namePart(s.unitId()) + "_" + s.from() + "_" + s.to());
    }

    @GetMapping("/comparison")
    ResponseEntity<?> comparison(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "STREET") String unit,
            @RequestParam(required = false) String unitId, @RequestParam(required = false) String format,
            Authentication user) {
        Comparison c = supervision.comparison(groups(user), date(from, "from"), date(to, "to"), unit(unit), unitId);
        if (format == null) {
            return ResponseEntity.ok(c);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ComparisonRow r : c.rows()) {
            rows.add(Arrays.asList(r.name(), r.received(), r.open(), r.overdueNow(), shown(r.responseRate()),
                    counts(r.responseRate()), shown(r.resolutionRate()), counts(r.resolutionRate()),
                    shown(r.satisfactionRate()), counts(r.satisfactionRate()), score(r.compositeScore()),
                    perHundred(r.whistleRate()), counts(r.whistleRate())));
        }
        String part = c.rowsAre() == SupervisionUnit.COMMUNITY ? "社区" : "网格";
        return Exports.file(format(format), List.of(new Table("对比", List.of(part, "受理", "未办结", "当前超期",
                "及时响应率", "及时响应（分子/分母）", "解决率", "解决（分子/分母）", "满意率", "满意（分子/分母）", "综合得分",
                "吹哨率（每百件）", "吹哨（次数/受理）"), rows)),
                "单位对比_" + Exports.namePart(c.unitName()) + "_" + c.from() + "至" + c.to(),
                "comparison_" + Exports.namePart(c.unitId()) + "_" + c.from() + "_" + c.to());
    }

    @GetMapping("/overdue")
    ResponseEntity<?> overdue(@RequestParam(defaultValue = "STREET") String unit,
            @RequestParam(required = false) String unitId, @RequestParam(required = false) String format,
            Authentication user) {
        Overdue overdue = supervision.overdue(groups(user), unit(unit), unitId);
        if (format == null) {
            return ResponseEntity.ok(overdue);
        }
        List<List<Object>> rows = new ArrayList<>();
        overdue.items().forEach(i -> rows.add(Arrays.asList("PETITION".equals(i.kind()) ? "诉求" : "任务",
                i.reference(), i.title(), i.process(), i.communityName(), i.assignee(), i.stage(),
                i.due().format(MINUTE), i.overdueFor())));
        String day = overdue.asOf().toLocalDate().toString();
        return Exports.file(format(format), List.of(new Table("当前超期", List.of("类型", "编号", "事项", "流程", "社区",
                "办理人", "阶段", "期限", "超期"), rows)),
                "当前超期_" + Exports.namePart(overdue.unitName()) + "_" + day,
                "overdue_" + Exports.namePart(overdue.unitId()) + "_" + day);
    }

    private static List<Object> row(String label, Object value, Object part, Object whole) {
        return Arrays.asList(label, value == null ? "" : value, part, whole);
    }

    private static List<Object> rate(String label, Rate rate) {
        return Arrays.asList(label, shown(rate), rate.part(), rate.whole());
    }

    /** As on screen: 33.3%, 样本不足 below the minimum sample, — where nothing was measured. */
    static String shown(Rate rate) {
        return rate.value() == null ? "—" : !rate.sufficient() ? "样本不足" : Exports.percent(rate.value());
    }

    /** The whistle rate as on screen: escalations per hundred petitions with one decimal (2.5). */
    static String perHundred(Rate rate) {
        return rate.value() == null ? "—" : !rate.sufficient() ? "样本不足" : Exports.oneDecimal(rate.value());
    }

    private static String counts(Rate rate) {
        return rate.part() + " / " + rate.whole();
    }

    private static String score(Score score) {
        if (score.value() == null) {
            return "—";
        }
        return score.sufficient() ? Exports.percent(score.value()) : "样本不足";
    }

    private static String format(String format) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new InvalidFieldException("format", "format 只能是 csv 或 xlsx");
        }
        return format;
    }

    private static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    static SupervisionUnit unit(String unit) {
        try {
            return SupervisionUnit.valueOf(unit);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("unit", "unit 只能是 STREET、COMMUNITY、GRID、WORKER、CATEGORY 或 DEPARTMENT");
        }
    }

    static LocalDate date(String value, String field) {
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
