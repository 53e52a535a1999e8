package cn.gongzhi.registry.web;

import cn.gongzhi.registry.WorkerRecords;
import cn.gongzhi.registry.WorkerRecords.WorkerRecord;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Community workers' professional records (docs/processes/workers.md, "API"): a worker reads her own, a community's
 * head her community's workers, the street office the street's. The login decides, checked against the records
 * ({@code WorkerAccess}); anyone else is refused (403). Certificate numbers are masked in every answer.
 */
@RestController
@RequestMapping("/api/workers")
class WorkerRecordController {

    static final String NOT_A_WORKER = "当前登录不是社区工作者：职业档案只对工作者本人、所在社区负责人和街道开放";
    static final String SUPERVISES_NOBODY = "当前登录既不是社区负责人，也不是街道党工委成员：不能查看工作者的职业档案";
    static final String NOT_YOURS = "无权查看该工作者的职业档案：只有本人、所在社区负责人和所在街道可以查看";

    private final WorkerRecords records;

    WorkerRecordController(WorkerRecords records) {
        this.records = records;
    }

    @GetMapping("/me")
    WorkerRecord me(Principal principal) {
        return records.own(principal.getName()).orElseThrow(() -> new AccessDeniedException(NOT_A_WORKER));
    }

    @GetMapping
    List<WorkerRecord> supervised(Principal principal) {
        return records.supervised(principal.getName()).orElseThrow(() -> new AccessDeniedException(SUPERVISES_NOBODY));
    }

    @GetMapping("/{id}")
    WorkerRecord one(Principal principal, @PathVariable long id) {
        return records.one(principal.getName(), id).orElseThrow(() -> new AccessDeniedException(NOT_YOURS));
    }
}
