package cn.gongzhi.registry.web;

import cn.gongzhi.registry.domain.Boundaries;
import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.Grid;
import cn.gongzhi.registry.domain.GridRepository;
import cn.gongzhi.registry.domain.References;
import cn.gongzhi.shared.InvalidFieldException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/grids")
class GridEndpoint extends RecordEndpoint<Grid, GridEndpoint.GridRequest, GridEndpoint.GridResponse> {

    record GridRequest(
            @NotBlank(message = "请填写编码") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @NotBlank(message = "请填写名称") @Size(max = 100, message = "名称不超过 100 字") String name,
            @NotNull(message = "请选择所属社区") Long communityId,
            @NotNull(message = "请填写户数") @PositiveOrZero(message = "户数不能为负") @Max(value = 100_000, message = "户数过大")
            Integer households,
            Long gridWorkerId,
            JsonNode boundary) {}

    /** {@code boundary}: the GeoJSON Polygon or MultiPolygon, null when none is recorded (docs/registry.md). */
    record GridResponse(Long id, String code, String name, Long communityId, int households, Long gridWorkerId,
            JsonNode boundary) {}

    private final GridRepository grids;
    private final References references;
    private final Boundaries boundaries;

    GridEndpoint(GridRepository grids, References references, Boundaries boundaries,
            ApplicationEventPublisher events) {
        super(grids, events, "grids", "网格");
        this.grids = grids;
        this.references = references;
        this.boundaries = boundaries;
    }

    @Override
    Grid newRecord() {
        return new Grid();
    }

    @Override
    void apply(Grid grid, GridRequest request) {
        References.requireUnique(grids.findByCode(request.code()), Grid::getId, grid.getId(), "code", request.code());
        Community community = references.community(request.communityId(), "communityId");
        if (request.gridWorkerId() != null) {
            CommunityWorker worker = references.worker(request.gridWorkerId(), "gridWorkerId");
            if (!worker.getCommunityId().equals(request.communityId())) {
                throw new InvalidFieldException("gridWorkerId", "网格员须是本社区的社区工作者：" + worker.getName() + " 不属于该社区");
            }
        }
        Optional<Boundaries.Checked> boundary = boundaries.check(request.boundary(), "boundary");
        boundary.ifPresent(b -> boundaries.checkGrid(grid.getId(), community, b.geometry(), "boundary"));
        grid.setCode(request.code());
        grid.setName(request.name().trim());
        grid.setCommunityId(request.communityId());
        grid.setHouseholds(request.households());
        grid.setGridWorkerId(request.gridWorkerId());
        grid.setBoundary(boundary.map(Boundaries.Checked::text).orElse(null));
    }

    @Override
    Long idOf(Grid grid) {
        return grid.getId();
    }

    @Override
    GridResponse toResponse(Grid g) {
        return new GridResponse(g.getId(), g.getCode(), g.getName(), g.getCommunityId(), g.getHouseholds(),
                g.getGridWorkerId(), Boundaries.json(g.getBoundary()));
    }

    @Override
    List<Grid> find(RecordFilter filter) {
        return filter.communityId() != null ? grids.findByCommunityIdOrderById(filter.communityId())
                : grids.findAll(Sort.by("id"));
    }
}
