package cn.gongzhi.registry.web;

import cn.gongzhi.registry.Gender;
import cn.gongzhi.registry.domain.PartyMember;
import cn.gongzhi.registry.domain.PartyMemberRepository;
import cn.gongzhi.registry.domain.WorkUnitPartyOrgRepository;
import cn.gongzhi.registry.ReportingStatus;
import cn.gongzhi.registry.domain.References;
import cn.gongzhi.shared.InvalidFieldException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/party-members")
class PartyMemberEndpoint extends RecordEndpoint<PartyMember, PartyMemberEndpoint.PartyMemberRequest,
        PartyMemberEndpoint.PartyMemberResponse> {

    record PartyMemberRequest(
            @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不超过 50 字") String name,
            @Pattern(regexp = Patterns.USERNAME, message = Patterns.USERNAME_MESSAGE) String username,
            @NotNull(message = "请选择性别") Gender gender,
            @NotNull(message = "请选择报到社区") Long registeredCommunityId,
            @NotNull(message = "请说明是否为在职党员（双报到）") Boolean inService,
            @Size(max = 100, message = "工作单位不超过 100 字") String workUnit,
            Long workUnitOrgId,
            @PastOrPresent(message = "入党日期不能晚于今天") LocalDate joinedPartyOn,
            @NotNull(message = "请填写报到日期") @PastOrPresent(message = "报到日期不能晚于今天") LocalDate registeredOn,
            @NotNull(message = "请填写志愿服务时长") @PositiveOrZero(message = "志愿服务时长不能为负")
            @Max(value = 100_000, message = "志愿服务时长过大") Integer volunteerHours) {}

    record PartyMemberResponse(Long id, String name, String username, Gender gender, Long registeredCommunityId,
            boolean inService, String workUnit, Long workUnitOrgId, LocalDate joinedPartyOn, LocalDate registeredOn,
            int volunteerHours, ReportingStatus reportingStatus, LocalDate reportedOn) {}

    private final PartyMemberRepository partyMembers;
    private final References references;
    private final WorkUnitPartyOrgRepository orgs;

    PartyMemberEndpoint(PartyMemberRepository partyMembers, References references, WorkUnitPartyOrgRepository orgs,
            ApplicationEventPublisher events) {
        super(partyMembers, events, "party-members", "党员");
        this.partyMembers = partyMembers;
        this.references = references;
        this.orgs = orgs;
    }

    @Override
    PartyMember newRecord() {
        return new PartyMember();
    }

    @Override
    void apply(PartyMember member, PartyMemberRequest request) {
        references.community(request.registeredCommunityId(), "registeredCommunityId");
        if (request.inService() && (request.workUnit() == null || request.workUnit().isBlank())) {
            throw new InvalidFieldException("workUnit", "在职党员请填写工作单位");
        }
        member.setName(request.name().trim());
        member.setUsername(request.username());
        member.setGender(request.gender());
        member.setRegisteredCommunityId(request.registeredCommunityId());
        member.setInService(request.inService());
        member.setWorkUnit(request.workUnit());
        if (request.workUnitOrgId() != null && orgs.findById(request.workUnitOrgId()).isEmpty()) {
            throw new InvalidFieldException("workUnitOrgId", "单位党组织不存在：" + request.workUnitOrgId());
        }
        member.setWorkUnitOrgId(request.workUnitOrgId());
        member.setJoinedPartyOn(request.joinedPartyOn());
        member.setRegisteredOn(request.registeredOn());
        member.setVolunteerHours(request.volunteerHours());
    }

    @Override
    Long idOf(PartyMember member) {
        return member.getId();
    }

    @Override
    PartyMemberResponse toResponse(PartyMember m) {
        return new PartyMemberResponse(m.getId(), m.getName(), m.getUsername(), m.getGender(),
                m.getRegisteredCommunityId(), m.isInService(), m.getWorkUnit(), m.getWorkUnitOrgId(),
                m.getJoinedPartyOn(), m.getRegisteredOn(), m.getVolunteerHours(), m.getReportingStatus(),
                m.getReportedOn());
    }

    @Override
    List<PartyMember> find(RecordFilter filter) {
        return filter.communityId() != null ? partyMembers.findByRegisteredCommunityIdOrderById(filter.communityId())
                : partyMembers.findAll(Sort.by("id"));
    }
}
