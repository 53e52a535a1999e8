package cn.gongzhi.registry.web;

import cn.gongzhi.registry.AccessListKind;
import cn.gongzhi.registry.domain.AccessListItem;
import cn.gongzhi.registry.domain.AccessListItemRepository;
import cn.gongzhi.registry.domain.References;
import cn.gongzhi.shared.InvalidFieldException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/access-list-items")
class AccessListItemEndpoint extends RecordEndpoint<AccessListItem, AccessListItemEndpoint.AccessListItemRequest,
        AccessListItemEndpoint.AccessListItemResponse> {

    record AccessListItemRequest(
            @NotNull(message = "请选择社区") Long communityId,
            @NotBlank(message = "请填写编码") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @NotBlank(message = "请填写事项名称") @Size(max = 200, message = "事项名称不超过 200 字") String name,
            @NotNull(message = "请选择清单类型：STATUTORY（依法履职）、ASSISTANCE（协助政府）或 NEGATIVE（负面清单）")
            AccessListKind kind,
            @NotBlank(message = "请填写事项类别编码")
            @Pattern(regexp = Patterns.CATEGORY, message = Patterns.CATEGORY_MESSAGE) String categoryCode,
            Long departmentId,
            @Size(max = 100, message = "批准文号不超过 100 字") String approvalReference,
            @Size(max = 200, message = "经费来源不超过 200 字") String fundingSource,
            @PositiveOrZero(message = "经费不能为负") @DecimalMax(value = "999999999999.99", message = "经费过大")
            @Digits(integer = 12, fraction = 2, message = "经费最多保留两位小数") BigDecimal fundingAmount) {}

    /** {@code warnings}: an assistance item without approval or funding may not be handed to the community yet. */
    record AccessListItemResponse(Long id, Long communityId, String code, String name, AccessListKind kind,
            String categoryCode, Long departmentId, String approvalReference, String fundingSource,
            BigDecimal fundingAmount, List<String> warnings) {}

    private final AccessListItemRepository items;
    private final References references;

    AccessListItemEndpoint(AccessListItemRepository items, References references, ApplicationEventPublisher events) {
        super(items, events, "access-list-items", "准入清单事项");
        this.items = items;
        this.references = references;
    }

    @Override
    AccessListItem newRecord() {
        return new AccessListItem();
    }

    @Override
    void apply(AccessListItem item, AccessListItemRequest request) {
        references.community(request.communityId(), "communityId");
        References.requireUnique(items.findByCommunityIdAndCode(request.communityId(), request.code()),
                AccessListItem::getId, item.getId(), "code", request.code());
        if (request.kind() != AccessListKind.STATUTORY && request.departmentId() == null) {
            throw new InvalidFieldException("departmentId", "协助事项和负面清单事项须写明所属职能部门");
        }
        if (request.departmentId() != null) {
            references.department(request.departmentId(), "departmentId");
        }
        if (request.kind() != AccessListKind.ASSISTANCE
                && (request.approvalReference() != null || request.fundingAmount() != null)) {
            throw new InvalidFieldException("approvalReference", "批准文号和经费只适用于协助事项（ASSISTANCE）");
        }
        item.setCommunityId(request.communityId());
        item.setCode(request.code());
        item.setName(request.name().trim());
        item.setKind(request.kind());
        item.setCategoryCode(request.categoryCode());
        item.setDepartmentId(request.departmentId());
        item.setApprovalReference(blankToNull(request.approvalReference()));
        item.setFundingSource(blankToNull(request.fundingSource()));
        item.setFundingAmount(request.fundingAmount());
    }

    @Override
    Long idOf(AccessListItem item) {
        return item.getId();
    }

    @Override
    AccessListItemResponse toResponse(AccessListItem i) {
        List<String> warnings = new ArrayList<>();
        if (i.getKind() == AccessListKind.ASSISTANCE) {
            if (i.getApprovalReference() == null) {
                warnings.add("协助事项尚无批准文号：批准前不得交由社区承办。");
            }
            if (i.getFundingAmount() == null || i.getFundingSource() == null) {
                warnings.add("协助事项尚未落实经费（费随事转）。");
            }
        }
        return new AccessListItemResponse(i.getId(), i.getCommunityId(), i.getCode(), i.getName(), i.getKind(),
                i.getCategoryCode(), i.getDepartmentId(), i.getApprovalReference(), i.getFundingSource(),
                i.getFundingAmount(), warnings);
    }

    @Override
    List<AccessListItem> find(RecordFilter filter) {
        return filter.communityId() != null ? items.findByCommunityIdOrderById(filter.communityId())
                : items.findAll(Sort.by("id"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
