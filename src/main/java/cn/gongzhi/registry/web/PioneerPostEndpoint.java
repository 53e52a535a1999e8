package cn.gongzhi.registry.web;

import cn.gongzhi.registry.domain.PioneerPost;
import cn.gongzhi.registry.domain.PioneerPostRepository;
import cn.gongzhi.registry.domain.References;
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
 * A community's pioneer posts (党员先锋岗). Who holds one is the reporting's to record (docs/processes/party-members.md):
 * the response shows it, a request cannot set it.
 */
@RestController
@RequestMapping("/api/registry/pioneer-posts")
class PioneerPostEndpoint extends RecordEndpoint<PioneerPost, PioneerPostEndpoint.PioneerPostRequest,
        PioneerPostEndpoint.PioneerPostResponse> {

    record PioneerPostRequest(
            @NotNull(message = "请选择社区") Long communityId,
            @NotBlank(message = "请填写岗位名称") @Size(max = 100, message = "岗位名称不超过 100 字") String name,
            @NotBlank(message = "请填写岗位职责") @Size(max = 500, message = "岗位职责不超过 500 字") String duties) {}

    record PioneerPostResponse(Long id, Long communityId, String name, String duties, Long holderMemberId,
            LocalDate heldSince) {}

    private final PioneerPostRepository posts;
    private final References references;

    PioneerPostEndpoint(PioneerPostRepository posts, References references, ApplicationEventPublisher events) {
        super(posts, events, "pioneer-posts", "党员先锋岗");
        this.posts = posts;
        this.references = references;
    }

    @Override
    PioneerPost newRecord() {
        return new PioneerPost();
    }

    @Override
    void apply(PioneerPost post, PioneerPostRequest request) {
        references.community(request.communityId(), "communityId");
        if (post.getHolderMemberId() != null && !request.communityId().equals(post.getCommunityId())) {
            throw new InvalidFieldException("communityId", "岗位有党员在岗，不能改到其他社区");
        }
        References.requireUnique(posts.findByCommunityIdOrderById(request.communityId()).stream()
                .filter(p -> p.getName().equals(request.name().trim())).findFirst(), PioneerPost::getId,
                post.getId(), "name", request.name().trim());
        post.setCommunityId(request.communityId());
        post.setName(request.name().trim());
        post.setDuties(request.duties().trim());
    }

    @Override
    Long idOf(PioneerPost post) {
        return post.getId();
    }

    @Override
    PioneerPostResponse toResponse(PioneerPost p) {
        return new PioneerPostResponse(p.getId(), p.getCommunityId(), p.getName(), p.getDuties(),
                p.getHolderMemberId(), p.getHeldSince());
    }

    @Override
    List<PioneerPost> find(RecordFilter filter) {
        return filter.communityId() != null ? posts.findByCommunityIdOrderById(filter.communityId())
                : posts.findAll(Sort.by("id"));
    }
}
