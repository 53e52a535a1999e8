package cn.gongzhi.registry.web;

import cn.gongzhi.registry.Gender;
import cn.gongzhi.registry.MemberRole;
import cn.gongzhi.registry.domain.Committee;
import cn.gongzhi.registry.domain.CommitteeMember;
import cn.gongzhi.registry.domain.CommitteeMemberRepository;
import cn.gongzhi.registry.domain.References;
import cn.gongzhi.registry.domain.Seats;
import cn.gongzhi.shared.InvalidFieldException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/committee-members")
class CommitteeMemberEndpoint extends RecordEndpoint<CommitteeMember, CommitteeMemberEndpoint.MemberRequest,
        CommitteeMemberEndpoint.MemberResponse> {

    record MemberRequest(
            @NotNull(message = "请选择所属组织") Long committeeId,
            @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不超过 50 字") String personName,
            @Pattern(regexp = Patterns.USERNAME, message = Patterns.USERNAME_MESSAGE) String username,
            @NotNull(message = "请选择职务") MemberRole role,
            @NotNull(message = "请说明是否为党员") Boolean partyMember,
            @NotNull(message = "请选择性别") Gender gender,
            LocalDate termStart,
            LocalDate termEnd) {}

    /** {@code oneShoulder}: this person is both Party secretary and committee director of the community (一肩挑). */
    record MemberResponse(Long id, Long committeeId, String personName, String username, MemberRole role,
            boolean partyMember, Gender gender, LocalDate termStart, LocalDate termEnd, boolean oneShoulder) {}

    private final CommitteeMemberRepository members;
    private final References references;
    private final Seats seats;

    CommitteeMemberEndpoint(CommitteeMemberRepository members, References references, Seats seats,
            ApplicationEventPublisher events) {
        super(members, events, "committee-members", "组织成员");
        this.members = members;
        this.references = references;
        this.seats = seats;
    }

    @Override
    CommitteeMember newRecord() {
        return new CommitteeMember();
    }

    @Override
    void apply(CommitteeMember member, MemberRequest request) {
        Committee committee = references.committee(request.committeeId(), "committeeId");
        LocalDate start = request.termStart() != null ? request.termStart() : committee.getTermStart();
        LocalDate end = request.termEnd() != null ? request.termEnd() : committee.getTermEnd();
        if (!end.isAfter(start)) {
            throw new InvalidFieldException("termEnd", "任期结束日期须晚于开始日期");
        }
        if (committee.getKind().isPartyOrganisation() && !request.partyMember()) {
            throw new InvalidFieldException("partyMember", "党组织成员须为党员");
        }
        member.setCommitteeId(committee.getId());
        member.setPersonName(request.personName().trim());
        member.setUsername(request.username());
        member.setRole(request.role());
        member.setPartyMember(request.partyMember());
        member.setGender(request.gender());
        member.setTermStart(start);
        member.setTermEnd(end);
    }

    @Override
    Long idOf(CommitteeMember member) {
        return member.getId();
    }

    @Override
    MemberResponse toResponse(CommitteeMember m) {
        Long communityId = references.committee(m.getCommitteeId(), "committeeId").getCommunityId();
        boolean oneShoulder = communityId != null && seats.oneShoulderHolders(communityId).contains(m.personKey());
        return new MemberResponse(m.getId(), m.getCommitteeId(), m.getPersonName(), m.getUsername(), m.getRole(),
                m.isPartyMember(), m.getGender(), m.getTermStart(), m.getTermEnd(), oneShoulder);
    }

    @Override
    List<CommitteeMember> find(RecordFilter filter) {
        return filter.committeeId() != null ? members.findByCommitteeIdOrderById(filter.committeeId())
                : members.findAll(Sort.by("id"));
    }
}
