package cn.gongzhi.registry.web;

import cn.gongzhi.registry.Gender;
import cn.gongzhi.registry.Qualification;
import cn.gongzhi.registry.WorkerPost;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.CommunityWorkerRepository;
import cn.gongzhi.registry.domain.Grid;
import cn.gongzhi.registry.domain.GridRepository;
import cn.gongzhi.registry.domain.References;
import cn.gongzhi.registry.domain.RegistryProperties;
import cn.gongzhi.shared.InvalidFieldException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
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
            @NotNull(message = "请选择社会工作者职业资格：NONE、ASSISTANT、INTERMEDIATE 或 SENIOR") Qualification qualification,
            LocalDate certificateIssued,
            LocalDate certificateExpires,
            @NotNull(message = "请填写培训学时") @PositiveOrZero(message = "培训学时不能为负")
            @Max(value = 10_000, message = "培训学时过大") Integer trainingHours,
            LocalDate lastTraining,
            @NotNull(message = "请填写在办案件上限") @Min(value = 1, message = "在办案件上限至少为 1")
            @Max(value = 500, message = "在办案件上限不超过 500") Integer caseloadLimit) {}

    record WorkerResponse(Long id, Long communityId, String name, String username, Gender gender, WorkerPost post,
            int grade, Qualification qualification, LocalDate certificateIssued, LocalDate certificateExpires,
            int trainingHours, LocalDate lastTraining, int caseloadLimit, int openCaseload, List<Long> gridIds) {}

    private final CommunityWorkerRepository workers;
    private final GridRepository grids;
    private final References references;
    private final RegistryProperties properties;

    CommunityWorkerEndpoint(CommunityWorkerRepository workers, GridRepository grids, References references,
            RegistryProperties properties, ApplicationEventPublisher events) {
        super(workers, events, "workers", "社区工作者");
        this.workers = workers;
        this.grids = grids;
        this.references = references;
        this.properties = properties;
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
        RegistryProperties.GradeRange range = properties.gradeRanges().get(request.post());
        if (!range.contains(request.grade())) {
            throw new InvalidFieldException("grade", "岗位 " + request.post() + " 的等级范围为 " + range.min() + "–"
                    + range.max() + " 级（三岗十八级），现为 " + request.grade());
        }
        if (request.qualification() != Qualification.NONE && request.certificateIssued() == null) {
            throw new InvalidFieldException("certificateIssued", "持有职业资格的，请填写证书取得日期");
        }
        if (request.certificateIssued() != null && request.certificateExpires() != null
                && !request.certificateExpires().isAfter(request.certificateIssued())) {
            throw new InvalidFieldException("certificateExpires", "证书有效期须晚于取得日期");
        }
        if (worker.getId() != null && !worker.getCommunityId().equals(request.communityId())
                && !grids.findByGridWorkerId(worker.getId()).isEmpty()) {
            throw new InvalidFieldException("communityId", "该工作者仍负责原社区的网格，请先为这些网格另行指定网格员");
        }
        worker.setCommunityId(request.communityId());
        worker.setName(request.name().trim());
        worker.setUsername(request.username());
        worker.setGender(request.gender());
        worker.setPost(request.post());
        worker.setGrade(request.grade());
        worker.setQualification(request.qualification());
        worker.setCertificateIssued(request.certificateIssued());
        worker.setCertificateExpires(request.certificateExpires());
        worker.setTrainingHours(request.trainingHours());
        worker.setLastTraining(request.lastTraining());
        worker.setCaseloadLimit(request.caseloadLimit());
    }

    @Override
    Long idOf(CommunityWorker worker) {
        return worker.getId();
    }

    @Override
    WorkerResponse toResponse(CommunityWorker w) {
        List<Long> served = grids.findByGridWorkerId(w.getId()).stream().map(Grid::getId).toList();
        return new WorkerResponse(w.getId(), w.getCommunityId(), w.getName(), w.getUsername(), w.getGender(),
                w.getPost(), w.getGrade(), w.getQualification(), w.getCertificateIssued(), w.getCertificateExpires(),
                w.getTrainingHours(), w.getLastTraining(), w.getCaseloadLimit(), w.getOpenCaseload(), served);
    }

    @Override
    List<CommunityWorker> find(RecordFilter filter) {
        return filter.communityId() != null ? workers.findByCommunityIdOrderById(filter.communityId())
                : workers.findAll(Sort.by("id"));
    }
}
