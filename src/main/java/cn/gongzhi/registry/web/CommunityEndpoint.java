package cn.gongzhi.registry.web;

import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.domain.Boundaries;
import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.References;
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
@RequestMapping("/api/registry/communities")
class CommunityEndpoint extends RecordEndpoint<Community, CommunityEndpoint.CommunityRequest,
        CommunityEndpoint.CommunityResponse> {

    record CommunityRequest(
            @NotBlank(message = "请填写编码") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @NotBlank(message = "请填写名称") @Size(max = 100, message = "名称不超过 100 字") String name,
            @NotNull(message = "请选择类型：URBAN（城市社区）或 RURAL（农村）") CommunityType type,
            @NotNull(message = "请选择所属街道") Long streetId,
            @NotNull(message = "请填写户数") @PositiveOrZero(message = "户数不能为负") @Max(value = 1_000_000, message = "户数过大")
            Integer households,
            @NotNull(message = "请填写 18 周岁以上居民人数") @PositiveOrZero(message = "人数不能为负")
            @Max(value = 5_000_000, message = "人数过大") Integer adultResidents,
            JsonNode boundary) {}

    /** {@code boundary}: the GeoJSON Polygon or MultiPolygon, null when none is recorded (docs/registry.md). */
    record CommunityResponse(Long id, String code, String name, CommunityType type, Long streetId, int households,
            int adultResidents, JsonNode boundary) {}

    private final CommunityRepository communities;
    private final References references;
    private final Boundaries boundaries;

    CommunityEndpoint(CommunityRepository communities, References references, Boundaries boundaries,
            ApplicationEventPublisher events) {
        super(communities, events, "communities", "社区");
        this.communities = communities;
        this.references = references;
        this.boundaries = boundaries;
    }

    @Override
    Community newRecord() {
        return new Community();
    }

    @Override
    void apply(Community community, CommunityRequest request) {
        References.requireUnique(communities.findByCode(request.code()), Community::getId, community.getId(), "code",
                request.code());
        references.street(request.streetId(), "streetId");
        requireUnchangedCode(community.getCode(), request.code());
        Optional<Boundaries.Checked> boundary = boundaries.check(request.boundary(), "boundary");
        boundary.ifPresent(b -> boundaries.checkCommunity(community, b.geometry(), "boundary"));
        community.setCode(request.code());
        community.setName(request.name().trim());
        community.setType(request.type());
        community.setStreetId(request.streetId());
        community.setHouseholds(request.households());
        community.setAdultResidents(request.adultResidents());
        community.setBoundary(boundary.map(Boundaries.Checked::text).orElse(null));
    }

    @Override
    Long idOf(Community community) {
        return community.getId();
    }

    @Override
    CommunityResponse toResponse(Community c) {
        return new CommunityResponse(c.getId(), c.getCode(), c.getName(), c.getType(), c.getStreetId(),
                c.getHouseholds(), c.getAdultResidents(), Boundaries.json(c.getBoundary()));
    }

    @Override
    List<Community> find(RecordFilter filter) {
        return filter.streetId() != null ? communities.findByStreetIdOrderById(filter.streetId())
                : communities.findAll(Sort.by("id"));
    }
}
