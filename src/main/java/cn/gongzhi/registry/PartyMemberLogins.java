package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.PartyMember;
import cn.gongzhi.registry.domain.PartyMemberRepository;
import cn.gongzhi.registry.domain.WorkUnitPartyOrg;
import cn.gongzhi.registry.domain.WorkUnitPartyOrgRepository;
import cn.gongzhi.shared.Masking;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose records a login of reporting may read (issue 20, "a member sees her own record"): an in-service Party member
 * her own, a work unit's contact those of her unit's in-service members. Nothing else: a login that is neither gets
 * nothing here.
 */
@Service
@Transactional(readOnly = true)
public class PartyMemberLogins {

    /** A work unit's Party organisation as its members' records name it; the contact's phone masked. */
    public record UnitOrg(long id, String name, String workUnit, String contactName, String contactPhone) {}

    private final PartyMemberRepository members;
    private final WorkUnitPartyOrgRepository orgs;

    PartyMemberLogins(PartyMemberRepository members, WorkUnitPartyOrgRepository orgs) {
        this.members = members;
        this.orgs = orgs;
    }

    /** The in-service Party member with this login, if she is one. */
    public Optional<Long> inServiceMember(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return members.findFirstByUsername(username).filter(PartyMember::isInService).map(PartyMember::getId);
    }

    /** The work unit's Party organisation whose contact this login is, if any. */
    public Optional<UnitOrg> unitOfContact(String username) {
        return username == null ? Optional.empty() : orgs.findByContactUsername(username).map(PartyMemberLogins::view);
    }

    /** The Party organisation of the member's work unit, if she has one on record. */
    public Optional<UnitOrg> unitOfMember(long memberId) {
        return members.findById(memberId).map(PartyMember::getWorkUnitOrgId).flatMap(orgs::findById)
                .map(PartyMemberLogins::view);
    }

    /** The unit's in-service members, by id, in the order they were registered. */
    public List<Long> unitMembers(long unitOrgId) {
        return members.findByWorkUnitOrgIdOrderById(unitOrgId).stream().filter(PartyMember::isInService)
                .map(PartyMember::getId).toList();
    }

    /** Every work unit's Party organisation, in the order they were registered (the annual feedback's launcher). */
    public List<UnitOrg> units() {
        return orgs.findAll().stream().sorted(Comparator.comparing(WorkUnitPartyOrg::getId))
                .map(PartyMemberLogins::view).toList();
    }

    /** One work unit's Party organisation. */
    public Optional<UnitOrg> unit(long unitOrgId) {
        return orgs.findById(unitOrgId).map(PartyMemberLogins::view);
    }

    /** The login of the unit's contact, who receives its members' annual feedback; empty when none is recorded. */
    public Optional<String> contactLogin(long unitOrgId) {
        return orgs.findById(unitOrgId).map(WorkUnitPartyOrg::getContactUsername).filter(u -> !u.isBlank());
    }

    private static UnitOrg view(WorkUnitPartyOrg org) {
        return new UnitOrg(org.getId(), org.getName(), org.getWorkUnit(), org.getContactName(),
                Masking.phone(org.getContactPhone()));
    }
}
