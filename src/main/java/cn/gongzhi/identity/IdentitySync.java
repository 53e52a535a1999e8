package cn.gongzhi.identity;

import cn.gongzhi.registry.RegistryChanged;
import cn.gongzhi.registry.RegistryDirectory;
import cn.gongzhi.registry.RegistryDirectory.StaffSeat;
import cn.gongzhi.registry.RegistryDirectory.Unit;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.process.ProcessContract;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps Camunda's users, groups and memberships equal to what the registry says, at start-up and after every registry
 * change. Only groups of type {@value #GROUP_TYPE} are ours to create, rename and delete; Camunda's own groups (such
 * as {@code camunda-admin}) are left alone. Logins are created but never deleted: history refers to them.
 */
@Component
class IdentitySync {

    static final String GROUP_TYPE = "gongzhi";
    private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);

    private final RegistryService registry;
    private final IdentityService identityService;
    private final IdentityProperties properties;
    private final AccessGrants grants;
    private final TaskFilters taskFilters;
    private final ObjectProvider<ProcessContract> contracts;

    IdentitySync(RegistryService registry, IdentityService identityService, IdentityProperties properties,
            AccessGrants grants, TaskFilters taskFilters, ObjectProvider<ProcessContract> contracts) {
        this.registry = registry;
        this.identityService = identityService;
        this.properties = properties;
        this.grants = grants;
        this.taskFilters = taskFilters;
        this.contracts = contracts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onStart() {
        taskFilters.ensureTaskFilters();
        sync();
        grants.ensureNamesReadable();
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onRegistryChanged(RegistryChanged change) {
        log.debug("Registry changed ({} {}): synchronising logins and groups", change.kind(), change.id());
        sync();
    }

    /** One pass: desired groups and memberships from the registry, then the difference applied to Camunda. */
    void sync() {
        RegistryDirectory directory = registry.directory();
        Map<String, DesiredGroup> desired = desiredGroups(directory);
        desired.get(GroupIds.PROCESS_DESIGNERS).members().addAll(properties.processDesigners());
        desired.get(GroupIds.HOTLINE).members().addAll(properties.hotlineOperators());
        Map<String, String> displayNames = new HashMap<>();
        directory.seats().forEach(s -> displayNames.putIfAbsent(s.username(), s.displayName()));
        properties.processDesigners().forEach(d -> displayNames.putIfAbsent(d, "流程设计人员"));
        properties.hotlineOperators().forEach(h -> displayNames.putIfAbsent(h, "12345 热线话务员"));

        displayNames.forEach(this::ensureUser);

        for (Group existing : identityService.createGroupQuery().groupType(GROUP_TYPE).list()) {
            if (!desired.containsKey(existing.getId())) {
                log.info("Group {} no longer derives from the registry: deleted", existing.getId());
                identityService.deleteGroup(existing.getId());
            }
        }
        for (DesiredGroup group : desired.values()) {
            ensureGroup(group);
            Set<String> current = identityService.createUserQuery().memberOfGroup(group.id()).list().stream()
                    .map(User::getId).collect(Collectors.toSet());
            group.members().stream().filter(m -> !current.contains(m))
                    .forEach(m -> identityService.createMembership(m, group.id()));
            current.stream().filter(m -> !group.members().contains(m))
                    .forEach(m -> identityService.deleteMembership(m, group.id()));
            grants.ensureFor(group.id(), group.role());
        }
        grants.ensureStarters(contracts.orderedStream().toList(), desired.keySet());
        taskFilters.offerAllVisibleTo(supervisorGroups(directory), desired.keySet());
        grants.ensureOwnUsers(displayNames.keySet());
    }

    static Map<String, DesiredGroup> desiredGroups(RegistryDirectory directory) {
        Map<String, DesiredGroup> groups = new LinkedHashMap<>();
        for (Unit street : directory.streets()) {
            add(groups, GroupIds.streetParty(street.code()), street.name() + "党工委", Role.STREET);
            add(groups, GroupIds.streetSupervisors(street.code()), street.name() + "服务督办", Role.STREET_SUPERVISOR);
            add(groups, GroupIds.jointMeeting(street.code()), street.name() + "联席会议", Role.STREET);
        }
        for (Unit community : directory.communities()) {
            String code = community.code();
            String name = community.name();
            add(groups, GroupIds.partyBranch(code), name + "党组织", Role.COMMUNITY);
            add(groups, GroupIds.committee(code), name + "居（村）民委员会", Role.COMMUNITY);
            add(groups, GroupIds.representatives(code), name + "居（村）民代表", Role.COMMUNITY);
            add(groups, GroupIds.supervisionCommittee(code), name + "居（村）务监督委员会", Role.COMMUNITY);
            add(groups, GroupIds.workers(code), name + "社区工作者", Role.COMMUNITY);
            add(groups, GroupIds.gridWorkers(code), name + "网格员", Role.COMMUNITY);
            add(groups, GroupIds.communitySupervisors(code), name + "督办负责人", Role.COMMUNITY);
        }
        for (Unit department : directory.departments()) {
            add(groups, GroupIds.department(department.code()), department.name(), Role.DEPARTMENT);
        }
        add(groups, GroupIds.PROCESS_DESIGNERS, "流程设计人员", Role.DESIGNER);
        add(groups, GroupIds.HOTLINE, "12345 热线话务员", Role.HOTLINE);
        add(groups, GroupIds.PARTY_MEMBERS, "报到党员", Role.MEMBER);
        add(groups, GroupIds.WORK_UNIT_CONTACTS, "单位党组织联系人", Role.MEMBER);
        for (StaffSeat seat : directory.seats()) {
            for (String groupId : groupsOf(seat)) {
                DesiredGroup group = groups.get(groupId);
                if (group != null) {
                    group.members().add(seat.username());
                }
            }
        }
        return groups;
    }

    /** The groups that read tasks they are not offered: each street's and each community's supervisors. */
    static Set<String> supervisorGroups(RegistryDirectory directory) {
        Set<String> groups = new HashSet<>();
        directory.streets().forEach(s -> groups.add(GroupIds.streetSupervisors(s.code())));
        directory.communities().forEach(c -> groups.add(GroupIds.communitySupervisors(c.code())));
        return groups;
    }

    private static List<String> groupsOf(StaffSeat seat) {
        String unit = seat.unitCode();
        return switch (seat.seat()) {
            case PARTY_ORGANISATION -> List.of(GroupIds.partyBranch(unit));
            case SELF_GOVERNING_COMMITTEE -> List.of(GroupIds.committee(unit));
            case REPRESENTATIVE_ASSEMBLY -> List.of(GroupIds.representatives(unit));
            case SUPERVISION_COMMITTEE -> List.of(GroupIds.supervisionCommittee(unit));
            case COMMUNITY_WORKER -> List.of(GroupIds.workers(unit));
            case GRID_WORKER -> List.of(GroupIds.gridWorkers(unit));
            case COMMUNITY_HEAD -> List.of(GroupIds.communitySupervisors(unit));
            case STREET_PARTY_WORKING_COMMITTEE -> List.of(GroupIds.streetParty(unit), GroupIds.streetSupervisors(unit));
            case JOINT_MEETING -> List.of(GroupIds.jointMeeting(unit));
            case DEPARTMENT_LIAISON -> List.of(GroupIds.department(unit));
            case PARTY_MEMBER -> List.of(GroupIds.PARTY_MEMBERS);
            case WORK_UNIT_CONTACT -> List.of(GroupIds.WORK_UNIT_CONTACTS);
        };
    }

    private static void add(Map<String, DesiredGroup> groups, String id, String name, Role role) {
        groups.put(id, new DesiredGroup(id, name, role, new HashSet<>()));
    }

    private void ensureGroup(DesiredGroup desired) {
        Group group = identityService.createGroupQuery().groupId(desired.id()).singleResult();
        if (group == null) {
            group = identityService.newGroup(desired.id());
        } else if (desired.name().equals(group.getName()) && GROUP_TYPE.equals(group.getType())) {
            return;
        }
        group.setName(desired.name());
        group.setType(GROUP_TYPE);
        identityService.saveGroup(group);
    }

    /**
     * The whole Chinese name goes into the first name and the last name stays empty: the webapps print "first last",
     * which turned 张伟 into "伟 张". Logins created with the old split (last name the surname, first name the rest)
     * are put right when the registry is next synchronised; a name an administrator changed by hand is left alone.
     */
    private void ensureUser(String username, String displayName) {
        String name = displayName.isEmpty() ? username : displayName;
        User existing = identityService.createUserQuery().userId(username).singleResult();
        if (existing != null) {
            String first = existing.getFirstName() == null ? "" : existing.getFirstName();
            String last = existing.getLastName() == null ? "" : existing.getLastName();
            if (!last.isEmpty() && name.equals(last + first)) {
                existing.setFirstName(name);
                existing.setLastName("");
                identityService.saveUser(existing);
            }
            return;
        }
        User user = identityService.newUser(username);
        user.setFirstName(name);
        user.setLastName("");
        String password = properties.initialPassword();
        user.setPassword(password != null && !password.isBlank() ? password : unguessable());
        identityService.saveUser(user);
        log.info("Login {} created for {}", username, displayName);
    }

    private static String unguessable() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** What a group is for, which decides what it may do. */
    enum Role { COMMUNITY, STREET, STREET_SUPERVISOR, DEPARTMENT, DESIGNER, HOTLINE, MEMBER }

    record DesiredGroup(String id, String name, Role role, Set<String> members) {}
}
