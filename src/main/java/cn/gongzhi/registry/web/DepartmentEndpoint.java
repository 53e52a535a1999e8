package cn.gongzhi.registry.web;

import cn.gongzhi.registry.domain.Department;
import cn.gongzhi.registry.domain.DepartmentRepository;
import cn.gongzhi.registry.domain.References;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/departments")
class DepartmentEndpoint extends RecordEndpoint<Department, DepartmentEndpoint.DepartmentRequest,
        DepartmentEndpoint.DepartmentResponse> {

    record DepartmentRequest(
            @NotBlank(message = "请填写编码") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @NotBlank(message = "请填写名称") @Size(max = 100, message = "名称不超过 100 字") String name,
            Long streetId,
            @Pattern(regexp = Patterns.USERNAME, message = Patterns.USERNAME_MESSAGE) String liaisonUsername,
            @NotNull(message = "请填写职责（事项类别编码）") @Size(max = 50, message = "职责不超过 50 项")
            Set<@NotNull @Pattern(regexp = Patterns.CATEGORY, message = Patterns.CATEGORY_MESSAGE) String> duties) {}

    record DepartmentResponse(Long id, String code, String name, Long streetId, String liaisonUsername,
            Set<String> duties) {}

    private final DepartmentRepository departments;
    private final References references;

    DepartmentEndpoint(DepartmentRepository departments, References references, ApplicationEventPublisher events) {
        super(departments, events, "departments", "职能部门");
        this.departments = departments;
        this.references = references;
    }

    @Override
    Department newRecord() {
        return new Department();
    }

    @Override
    void apply(Department department, DepartmentRequest request) {
        References.requireUnique(departments.findByCode(request.code()), Department::getId, department.getId(),
                "code", request.code());
        requireUnchangedCode(department.getCode(), request.code());
        if (request.streetId() != null) {
            references.street(request.streetId(), "streetId");
        }
        department.setCode(request.code());
        department.setName(request.name().trim());
        department.setStreetId(request.streetId());
        department.setLiaisonUsername(request.liaisonUsername());
        department.setDuties(request.duties());
    }

    @Override
    Long idOf(Department department) {
        return department.getId();
    }

    @Override
    DepartmentResponse toResponse(Department d) {
        return new DepartmentResponse(d.getId(), d.getCode(), d.getName(), d.getStreetId(), d.getLiaisonUsername(),
                new TreeSet<>(d.getDuties()));
    }

    @Override
    List<Department> find(RecordFilter filter) {
        return filter.streetId() != null ? departments.findByStreetIdOrderById(filter.streetId())
                : departments.findAll(Sort.by("id"));
    }
}
