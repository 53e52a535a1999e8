package cn.gongzhi.registry.web;

import cn.gongzhi.registry.Gender;
import cn.gongzhi.registry.Qualification;
import cn.gongzhi.registry.WorkerChanges;
import cn.gongzhi.registry.WorkerPost;
import cn.gongzhi.registry.WorkerRecords;
import cn.gongzhi.registry.WorkerRules;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.CommunityWorkerRepository;
import cn.gongzhi.registry.domain.Grid;
import cn.gongzhi.registry.domain.GridRepository;
import cn.gongzhi.registry.domain.References;
import cn.gongzhi.shared.InvalidFieldException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/workers")
class CommunityWorkerEndpoint extends RecordEndpoint<CommunityWorker, CommunityWorkerEndpoint.WorkerRequest,
        CommunityWorkerEndpoint.WorkerResponse> {

    record WorkerRequest(
            @NotNull(message = "请选择所属社区") Long communityId,
            @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不超过 50 字") String name,
            @NotBlank(message = "请填写登录名")
            @Pattern(regexp = Patterns.USERNAME, message = Patterns.USERNAME_MESSAGE) String username,
            @NotNull(message = "请选择性别") Gender gender,
            @NotNull(message = "请选择岗位：HEAD（正职）、DEPUTY（副职）或 STAFF（工作人员）") WorkerPost post,
            @NotNull(message = "请填写等级") @Min(value = 1, message = "等级为 1–18") @Max(value = 18, message = "等级为 1–18")
            Integer grade,
            @NotNull(message = "请填写在办案件上限") @Min(value = 1, message = "在办案件上限至少为 1")
            @Max(value = 500, message = "在办案件上限不超过 500") Integer caseloadLimit) {}

    /**
     * A worker as the registry lists her. {@code qualification} (the level valid today) and {@code trainingHours}
     * (credited this calendar year) are read from her records (V20, /api/workers), not kept on the worker.
     */
    record WorkerResponse(Long id, Long communityId, String name, String username, Gender gender, WorkerPost post,
            int grade, Qualification qualification, int trainingHours, int caseloadLimit, int openCaseload,
            List<Long> gridIds) {}

    private final CommunityWorkerRepository workers;
    private final GridRepository grids;
    private final References references;
    private final WorkerRules rules;
    private final WorkerChanges changes;
    private final WorkerRecords records;

    CommunityWorkerEndpoint(CommunityWorkerRepository workers, GridRepository grids, References references,
            WorkerRules rules, WorkerChanges changes, WorkerRecords records, ApplicationEventPublisher events) {
        super(workers, events, "workers", "社区工作者");
        this.workers = workers;
        this.grids = grids;
        this.references = references;
        this.rules = rules;
        this.changes = changes;
        this.records = records;
    }

    @Override
    CommunityWorker newRecord() {
        return new CommunityWorker();
    }

    @Override
    void apply(CommunityWorker worker, WorkerRequest request) {
        references.community(request.communityId(), "communityId");
        References.requireUnique(workers.findByUsername(request.username()), CommunityWorker::getId, worker.getId(),
                "username", request.username());
        rules.checkGrade(request.post(), request.grade());
        if (worker.getId() != null && !worker.getCommunityId().equals(request.communityId())
                && !grids.findByGridWorkerId(worker.getId()).isEmpty()) {
            throw new InvalidFieldException("communityId", "该工作者仍负责原社区的网格，请先为这些网格另行指定网格员");
        }
        Integer previousGrade = worker.getId() == null ? null : worker.getGrade();
        WorkerPost previousPost = worker.getPost();
        worker.setCommunityId(request.communityId());
        worker.setName(request.name().trim());
        worker.setUsername(request.username());
        worker.setGender(request.gender());
        worker.setPost(request.post());
        worker.setGrade(request.grade());
        worker.setCaseloadLimit(request.caseloadLimit());
        changes.registered(worker, previousGrade, previousPost,
                SecurityContextHolder.getContext().getAuthentication().getName());
    }

    @Override
    Long idOf(CommunityWorker worker) {
        return worker.getId();
    }

    @Override
    WorkerResponse toResponse(CommunityWorker w) {
        List<Long> served = grids.findByGridWorkerId(w.getId()).stream().map(Grid::getId).toList();
        WorkerRecords.Standing standing = records.standing(w.getId());
        return new WorkerResponse(w.getId(), w.getCommunityId(), w.getName(), w.getUsername(), w.getGender(),
                w.getPost(), w.getGrade(), standing.qualification(), standing.hoursCredited(), w.getCaseloadLimit(),
                w.getOpenCaseload(), served);
    }

    @Override
    List<CommunityWorker> find(RecordFilter filter) {
        return filter.communityId() != null ? workers.findByCommunityIdOrderById(filter.communityId())
                : workers.findAll(Sort.by("id"));
    }
}
