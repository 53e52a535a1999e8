package cn.gongzhi.supervision.web;

import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.supervision.ProcessIncidents;
import cn.gongzhi.supervision.ProcessIncidents.Incidents;
import cn.gongzhi.supervision.SupervisionUnit;
import cn.gongzhi.supervision.web.Exports.Table;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 流程故障 on the dashboard: {@code GET /api/supervision/incidents?unit=&unitId=}, the open incidents of the
 * processes in the unit, for the same callers and by the same scope as the overdue list; JSON, or a file with
 * {@code format=csv} or {@code format=xlsx}.
 */
@RestController
class ProcessIncidentsController {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProcessIncidents incidents;

    ProcessIncidentsController(ProcessIncidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/api/supervision/incidents")
    ResponseEntity<?> incidents(@RequestParam(defaultValue = "STREET") String unit,
            @RequestParam(required = false) String unitId, @RequestParam(required = false) String format,
            Authentication user) {
        if (format != null && !"csv".equals(format) && !"xlsx".equals(format)) {
            throw new InvalidFieldException("format", "format 只能是 csv 或 xlsx");
        }
        List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        Incidents list = incidents.list(groups, unit(unit), unitId);
        if (format == null) {
            return ResponseEntity.ok(list);
        }
        List<List<Object>> rows = new ArrayList<>();
        list.items().forEach(i -> rows.add(Arrays.asList(i.matterNumber(), i.process(), i.step(), i.communityName(),
                i.since().format(MINUTE), i.message(), i.remedy())));
        String day = list.asOf().toLocalDate().toString();
        return Exports.file(format, List.of(new Table("流程故障", List.of("编号", "流程", "故障步骤", "社区", "发生时间",
                "原因", "处理方法"), rows)),
                "流程故障_" + Exports.namePart(list.unitName()) + "_" + day,
                "incidents_" + Exports.namePart(list.unitId()) + "_" + day);
    }

    private static SupervisionUnit unit(String unit) {
        try {
            return SupervisionUnit.valueOf(unit);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("unit", "unit 只能是 STREET、COMMUNITY、GRID、WORKER、CATEGORY 或 DEPARTMENT");
        }
    }
}
