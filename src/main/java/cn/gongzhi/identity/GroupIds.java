package cn.gongzhi.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The stable, readable ids of the Camunda groups derived from the registry (docs/identity.md). Processes use these
 * as candidate groups, so a task reaches exactly the people of one community, street or department.
 */
public final class GroupIds {

    /** Camunda's administrators. */
    public static final String ADMIN = Groups.CAMUNDA_ADMIN;
    /** Process designers: deploy models from Camunda Modeler, read Cockpit. */
    public static final String PROCESS_DESIGNERS = "process-designers";
    /** Operators of the 12345 citizens' hotline: record petitions for any community. */
    public static final String HOTLINE = "hotline";

    /** Party members with a login: each reports herself to the community where she lives. */
    public static final String PARTY_MEMBERS = "party-members";
    /** Contacts of work units' Party organisations: report their unit's members to their communities. */
    public static final String WORK_UNIT_CONTACTS = "work-unit-contacts";

    private GroupIds() {}

    /** The community Party organisation (branch or committee). */
    public static String partyBranch(String communityCode) {
        return "party-branch-" + communityCode;
    }

    /** The residents' or villagers' committee. */
    public static String committee(String communityCode) {
        return "committee-" + communityCode;
    }

    /** Members of the residents' or villagers' representative assembly who have a login. */
    public static String representatives(String communityCode) {
        return "representatives-" + communityCode;
    }

    /** The affairs supervision committee (居务/村务监督委员会). */
    public static String supervisionCommittee(String communityCode) {
        return "supervision-committee-" + communityCode;
    }

    /** All community workers of a community. */
    public static String workers(String communityCode) {
        return "workers-" + communityCode;
    }

    /** The community workers who look after a grid. */
    public static String gridWorkers(String communityCode) {
        return "grid-workers-" + communityCode;
    }

    /** The community's supervisors: its heads (正职). */
    public static String communitySupervisors(String communityCode) {
        return "supervisors-" + communityCode;
    }

    /** The street Party working committee (街道党工委). */
    public static String streetParty(String streetCode) {
        return "street-party-" + streetCode;
    }

    /** The street's joint meeting (联席会议) members. */
    public static String jointMeeting(String streetCode) {
        return "joint-meeting-" + streetCode;
    }

    /** Who supervises service levels across a street: its Party working committee. */
    public static String streetSupervisors(String streetCode) {
        return "street-supervisors-" + streetCode;
    }

    /** Every group of a community's own staff and bodies, the groups that read its records. */
    public static List<String> communityGroups(String communityCode) {
        return List.of(partyBranch(communityCode), committee(communityCode), representatives(communityCode),
                supervisionCommittee(communityCode), workers(communityCode), gridWorkers(communityCode),
                communitySupervisors(communityCode));
    }

    /** Every group of a street: its Party working committee, its supervisors and its joint meeting. */
    public static List<String> streetGroups(String streetCode) {
        return List.of(streetParty(streetCode), streetSupervisors(streetCode), jointMeeting(streetCode));
    }

    /** A department's liaisons. */
    public static String department(String departmentCode) {
        return "dept-" + departmentCode;
    }
}
