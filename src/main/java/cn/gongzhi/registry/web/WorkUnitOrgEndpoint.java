package cn.gongzhi.registry.web;

import cn.gongzhi.registry.domain.References;
import cn.gongzhi.registry.domain.WorkUnitPartyOrg;
import cn.gongzhi.registry.domain.WorkUnitPartyOrgRepository;
import cn.gongzhi.shared.Masking;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work units' Party organisations (在职党员所在单位党组织), which report to communities and report their members. The
 * contact's phone is personal information: every answer masks it. Her login joins {@code work-unit-contacts}.
 */
@RestController
@RequestMapping("/api/registry/work-unit-orgs")
class WorkUnitOrgEndpoint extends RecordEndpoint<WorkUnitPartyOrg, WorkUnitOrgEndpoint.WorkUnitOrgRequest,
        WorkUnitOrgEndpoint.WorkUnitOrgResponse> {

    record WorkUnitOrgRequest(
            @NotBlank(message = "请填写单位党组织名称") @Size(max = 100, message = "名称不超过 100 字") String name,
            @NotBlank(message = "请填写工作单位") @Size(max = 100, message = "工作单位不超过 100 字") String workUnit,
            @NotBlank(message = "请填写联系人") @Size(max = 50, message = "联系人不超过 50 字") String contactName,
            @Pattern(regexp = "[0-9+() -]{5,32}", message = "联系电话只能包含数字、空格、括号、加号或连字符") String contactPhone,
            @Pattern(regexp = Patterns.USERNAME, message = Patterns.USERNAME_MESSAGE) String contactUsername) {}

    record WorkUnitOrgResponse(Long id, String name, String workUnit, String contactName, String contactPhone,
            String contactUsername) {}

    private final WorkUnitPartyOrgRepository orgs;

    WorkUnitOrgEndpoint(WorkUnitPartyOrgRepository orgs, ApplicationEventPublisher events) {
        super(orgs, events, "work-unit-orgs", "单位党组织");
        this.orgs = orgs;
    }

    @Override
    WorkUnitPartyOrg newRecord() {
        return new WorkUnitPartyOrg();
    }

    @Override
    void apply(WorkUnitPartyOrg org, WorkUnitOrgRequest request) {
        References.requireUnique(orgs.findByName(request.name().trim()), WorkUnitPartyOrg::getId, org.getId(), "name",
                request.name().trim());
        if (request.contactUsername() != null) {
            References.requireUnique(orgs.findByContactUsername(request.contactUsername()), WorkUnitPartyOrg::getId,
                    org.getId(), "contactUsername", request.contactUsername());
        }
        org.setName(request.name().trim());
        org.setWorkUnit(request.workUnit().trim());
        org.setContactName(request.contactName().trim());
        org.setContactPhone(request.contactPhone());
        org.setContactUsername(request.contactUsername());
    }

    @Override
    Long idOf(WorkUnitPartyOrg org) {
        return org.getId();
    }

    @Override
    WorkUnitOrgResponse toResponse(WorkUnitPartyOrg o) {
        return new WorkUnitOrgResponse(o.getId(), o.getName(), o.getWorkUnit(), o.getContactName(),
                Masking.phone(o.getContactPhone()), o.getContactUsername());
    }

    @Override
    List<WorkUnitPartyOrg> find(RecordFilter filter) {
        return orgs.findAll(Sort.by("id"));
    }
}
