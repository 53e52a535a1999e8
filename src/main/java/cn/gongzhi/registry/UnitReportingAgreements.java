package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.UnitReporting;
import cn.gongzhi.registry.domain.UnitReportingRepository;
import cn.gongzhi.registry.domain.WorkUnitPartyOrg;
import cn.gongzhi.registry.domain.WorkUnitPartyOrgRepository;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's side of a work unit's Party organisation reporting to a community (单位报到) with its joint-building
 * agreement (共建协议), and its rules, checked before anything is written:
 * <ol>
 *   <li>only the organisation's contact reports it;</li>
 *   <li>one agreement per organisation and community at a time: while one is proposed in another instance or in force,
 *       another is refused, naming its term;</li>
 *   <li>the term ends after it starts, and does not end in the past;</li>
 *   <li>only a proposed agreement is confirmed or sent back; an agreement in force ends when its term has ended.</li>
 * </ol>
 */
@Service
@Transactional(readOnly = true)
public class UnitReportingAgreements {

    /** An agreement as the forms show it; the contact's phone masked. */
    public record AgreementView(long id, String orgName, String workUnit, String contactName, String contactPhone,
            String communityCode, String communityName, String status, String resourcesOffered, LocalDate termStart,
            LocalDate termEnd, String note) {}

    private final WorkUnitPartyOrgRepository orgs;
    private final UnitReportingRepository agreements;
    private final CommunityRepository communities;
    private final Clock clock;

    UnitReportingAgreements(WorkUnitPartyOrgRepository orgs, UnitReportingRepository agreements,
            CommunityRepository communities, Clock clock) {
        this.orgs = orgs;
        this.agreements = agreements;
        this.communities = communities;
        this.clock = clock;
    }

    /** The organisation whose contact this login is (rule 1); empty: she reports no unit. */
    public Optional<Long> orgOf(String username) {
        return username == null ? Optional.empty()
                : orgs.findByContactUsername(username).map(WorkUnitPartyOrg::getId);
    }

    /** Rules 1 to 3: the unit reports to this community with this agreement, in this process instance. */
    @Transactional
    public AgreementView propose(long orgId, String communityCode, String resources, LocalDate termStart,
            LocalDate termEnd, String actor, String processInstanceId) {
        if (!orgOf(actor).map(id -> id == orgId).orElse(false)) {
            throw new StepRefused("单位报到只能由该单位党组织的联系人办理，" + actor + " 不是");
        }
        Community community = communities.findByCode(communityCode == null ? "" : communityCode)
                .orElseThrow(() -> new InvalidFieldException("community", "请选择报到的社区（村）"));
        if (!termEnd.isAfter(termStart)) {
            throw new InvalidFieldException("termEnd", "协议终止日期须晚于起始日期");
        }
        if (termEnd.isBefore(LocalDate.now(clock))) {
            throw new InvalidFieldException("termEnd", "协议终止日期 " + termEnd + " 已经过去");
        }
        Optional<UnitReporting> existing = agreements.findByOrgIdAndCommunityId(orgId, community.getId());
        if (existing.isPresent() && !UnitReporting.ENDED.equals(existing.get().getStatus())
                && !processInstanceId.equals(existing.get().getProcessInstanceId())) {
            UnitReporting open = existing.get();
            throw new InvalidFieldException("community", "本单位已在" + community.getName() + "报到"
                    + (UnitReporting.IN_FORCE.equals(open.getStatus()) ? "，共建协议有效期至 " + open.getTermEnd()
                            + "；期满后再行报到" : "，正在等待社区党组织确认"));
        }
        // a correction after a send-back may change the community: the instance's earlier proposal gives way
        agreements.findByProcessInstanceId(processInstanceId).stream().filter(a -> UnitReporting.PROPOSED
                .equals(a.getStatus()) && !a.getCommunityId().equals(community.getId())).forEach(a -> a.setStatus(UnitReporting.ENDED));
        UnitReporting agreement = existing.orElseGet(UnitReporting::new);
        agreement.setOrgId(orgId);
        agreement.setCommunityId(community.getId());
        agreement.setStatus(UnitReporting.PROPOSED);
        agreement.setReportedOn(LocalDate.now(clock));
        agreement.setResourcesOffered(resources);
        agreement.setTermStart(termStart);
        agreement.setTermEnd(termEnd);
        agreement.setNote(null);
        agreement.setProcessInstanceId(processInstanceId);
        return view(agreements.saveAndFlush(agreement).getId());
    }

    /** Rule 4: the community Party organisation confirms the agreement; it is in force. */
    @Transactional
    public AgreementView confirm(long agreementId) {
        UnitReporting agreement = proposed(agreementId);
        agreement.setStatus(UnitReporting.IN_FORCE);
        agreement.setNote(null);
        return view(agreementId);
    }

    /** Rule 4: sent back with the community Party organisation's reason; the unit corrects it. */
    @Transactional
    public AgreementView sendBack(long agreementId, String reason) {
        proposed(agreementId).setNote(reason);
        return view(agreementId);
    }

    /** Rule 4: the agreement's term has ended. */
    @Transactional
    public AgreementView end(long agreementId) {
        UnitReporting agreement = agreement(agreementId);
        if (!UnitReporting.IN_FORCE.equals(agreement.getStatus())) {
            throw new IllegalStateException("Agreement " + agreementId + " is " + agreement.getStatus()
                    + ", not in force");
        }
        agreement.setStatus(UnitReporting.ENDED);
        return view(agreementId);
    }

    /** The first day after the term: when the agreement ends. */
    public LocalDate endsOn(long agreementId) {
        return agreement(agreementId).getTermEnd().plusDays(1);
    }

    public AgreementView view(long agreementId) {
        UnitReporting agreement = agreement(agreementId);
        WorkUnitPartyOrg org = orgs.findById(agreement.getOrgId()).orElseThrow();
        Community community = communities.findById(agreement.getCommunityId()).orElseThrow();
        return new AgreementView(agreementId, org.getName(), org.getWorkUnit(), org.getContactName(),
                Masking.phone(org.getContactPhone()), community.getCode(), community.getName(), agreement.getStatus(),
                agreement.getResourcesOffered(), agreement.getTermStart(), agreement.getTermEnd(),
                agreement.getNote());
    }

    /** The agreement this process instance proposed, or a refusal. */
    public void requireBound(long agreementId, String processInstanceId) {
        if (!processInstanceId.equals(agreement(agreementId).getProcessInstanceId())) {
            throw StepRefused.notBound("单位报到", String.valueOf(agreementId), processInstanceId);
        }
    }

    private UnitReporting proposed(long agreementId) {
        UnitReporting agreement = agreement(agreementId);
        if (!UnitReporting.PROPOSED.equals(agreement.getStatus())) {
            throw new InvalidFieldException("decision", "该单位报到不在待确认状态，不能确认或退回");
        }
        return agreement;
    }

    private UnitReporting agreement(long agreementId) {
        return agreements.findById(agreementId).orElseThrow(() -> new RecordNotFoundException("单位报到",
                agreementId));
    }
}
