package cn.gongzhi.registry.web;

import cn.gongzhi.registry.CommitteeKind;
import cn.gongzhi.registry.domain.Committee;
import cn.gongzhi.registry.domain.CommitteeMember;
import cn.gongzhi.registry.domain.CommitteeMemberRepository;
import cn.gongzhi.registry.domain.CommitteeRepository;
import cn.gongzhi.registry.domain.CompositionRules;
import cn.gongzhi.registry.domain.References;
import cn.gongzhi.registry.domain.Seats;
import cn.gongzhi.shared.InvalidFieldException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/committees")
class CommitteeEndpoint extends RecordEndpoint<Committee, CommitteeEndpoint.CommitteeRequest,
        CommitteeEndpoint.CommitteeResponse> {

    record CommitteeRequest(
            @NotBlank(message = "请填写编码") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @NotBlank(message = "请填写名称") @Size(max = 100, message = "名称不超过 100 字") String name,
            @NotNull(message = "请选择组织类型") CommitteeKind kind,
            Long communityId,
            Long streetId,
            @NotNull(message = "请填写任期开始日期") LocalDate termStart,
            @NotNull(message = "请填写任期结束日期") LocalDate termEnd) {}

    /** {@code warnings} lists the composition rules of the law this committee does not meet. */
    record CommitteeResponse(Long id, String code, String name, CommitteeKind kind, String kindLabel,
            Long communityId, Long streetId, LocalDate termStart, LocalDate termEnd, int memberCount,
            List<String> warnings) {}

    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final References references;
    private final CompositionRules rules;
    private final Seats seats;
    private final Clock clock;

    CommitteeEndpoint(CommitteeRepository committees, CommitteeMemberRepository members, References references,
            CompositionRules rules, Seats seats, Clock clock, ApplicationEventPublisher events) {
        super(committees, events, "committees", "组织");
        this.committees = committees;
        this.members = members;
        this.references = references;
        this.rules = rules;
        this.seats = seats;
        this.clock = clock;
    }

    @Override
    Committee newRecord() {
        return new Committee();
    }

    @Override
    void apply(Committee committee, CommitteeRequest request) {
        References.requireUnique(committees.findByCode(request.code()), Committee::getId, committee.getId(), "code",
                request.code());
        if (request.kind().isStreetLevel()) {
            if (request.streetId() == null) {
                throw new InvalidFieldException("streetId", request.kind().label() + "属于街道，请选择所属街道");
            }
            if (request.communityId() != null) {
                throw new InvalidFieldException("communityId", request.kind().label() + "属于街道，不应填写社区");
            }
            references.street(request.streetId(), "streetId");
        } else {
            if (request.communityId() == null) {
                throw new InvalidFieldException("communityId", request.kind().label() + "属于社区（村），请选择所属社区");
            }
            if (request.streetId() != null) {
                throw new InvalidFieldException("streetId", request.kind().label() + "属于社区（村），不应填写街道");
            }
            references.community(request.communityId(), "communityId");
        }
        if (!request.termEnd().isAfter(request.termStart())) {
            throw new InvalidFieldException("termEnd", "任期结束日期须晚于开始日期");
        }
        committee.setCode(request.code());
        committee.setName(request.name().trim());
        committee.setKind(request.kind());
        committee.setCommunityId(request.communityId());
        committee.setStreetId(request.streetId());
        committee.setTermStart(request.termStart());
        committee.setTermEnd(request.termEnd());
    }

    @Override
    Long idOf(Committee committee) {
        return committee.getId();
    }

    @Override
    CommitteeResponse toResponse(Committee c) {
        List<CommitteeMember> seated = members.findByCommitteeIdOrderById(c.getId());
        List<CommitteeMember> selfGoverning = c.getCommunityId() == null ? List.of()
                : seats.selfGoverningMembers(c.getCommunityId());
        return new CommitteeResponse(c.getId(), c.getCode(), c.getName(), c.getKind(), c.getKind().label(),
                c.getCommunityId(), c.getStreetId(), c.getTermStart(), c.getTermEnd(), seated.size(),
                rules.warnings(c, seated, selfGoverning, LocalDate.now(clock)));
    }

    @Override
    List<Committee> find(RecordFilter filter) {
        if (filter.communityId() != null) {
            return committees.findByCommunityIdOrderById(filter.communityId());
        }
        return filter.streetId() != null ? committees.findByStreetIdOrderById(filter.streetId())
                : committees.findAll(Sort.by("id"));
    }
}
