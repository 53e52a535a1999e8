package cn.gongzhi.registry.web;

import cn.gongzhi.registry.domain.GridRepository;
import cn.gongzhi.registry.domain.References;
import cn.gongzhi.registry.domain.ResponsibilityArea;
import cn.gongzhi.registry.domain.ResponsibilityAreaRepository;
import cn.gongzhi.shared.InvalidFieldException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A community's responsibility areas (党员责任区): buildings or courtyards of one of its grids, named as text. Who
 * looks after one is the reporting's to record: the response shows it, a request cannot set it.
 */
@RestController
@RequestMapping("/api/registry/responsibility-areas")
class ResponsibilityAreaEndpoint extends RecordEndpoint<ResponsibilityArea,
        ResponsibilityAreaEndpoint.AreaRequest, ResponsibilityAreaEndpoint.AreaResponse> {

    record AreaRequest(
            @NotNull(message = "请选择社区") Long communityId,
            @NotNull(message = "请选择网格") Long gridId,
            @NotBlank(message = "请填写楼栋或院落") @Size(max = 500, message = "楼栋或院落不超过 500 字") String buildings) {}

    record AreaResponse(Long id, Long communityId, Long gridId, String buildings, Long holderMemberId,
            LocalDate heldSince) {}

    private final ResponsibilityAreaRepository areas;
    private final GridRepository grids;
    private final References references;

    ResponsibilityAreaEndpoint(ResponsibilityAreaRepository areas, GridRepository grids, References references,
            ApplicationEventPublisher events) {
        super(areas, events, "responsibility-areas", "党员责任区");
        this.areas = areas;
        this.grids = grids;
        this.references = references;
    }

    @Override
    ResponsibilityArea newRecord() {
        return new ResponsibilityArea();
    }

    @Override
    void apply(ResponsibilityArea area, AreaRequest request) {
        references.community(request.communityId(), "communityId");
        boolean ownGrid = grids.findById(request.gridId()).map(g -> g.getCommunityId().equals(request.communityId()))
                .orElse(false);
        if (!ownGrid) {
            throw new InvalidFieldException("gridId", "网格不属于所选社区：" + request.gridId());
        }
        if (area.getHolderMemberId() != null && !request.communityId().equals(area.getCommunityId())) {
            throw new InvalidFieldException("communityId", "责任区有党员在岗，不能改到其他社区");
        }
        area.setCommunityId(request.communityId());
        area.setGridId(request.gridId());
        area.setBuildings(request.buildings().trim());
    }

    @Override
    Long idOf(ResponsibilityArea area) {
        return area.getId();
    }

    @Override
    AreaResponse toResponse(ResponsibilityArea a) {
        return new AreaResponse(a.getId(), a.getCommunityId(), a.getGridId(), a.getBuildings(),
                a.getHolderMemberId(), a.getHeldSince());
    }

    @Override
    List<ResponsibilityArea> find(RecordFilter filter) {
        return filter.communityId() != null ? areas.findByCommunityIdOrderById(filter.communityId())
                : areas.findAll(Sort.by("id"));
    }
}
