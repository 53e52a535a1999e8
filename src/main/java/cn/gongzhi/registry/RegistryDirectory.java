package cn.gongzhi.registry;

import java.util.List;

/**
 * Everyone who works in Gongzhi and the units they work for, as the registry knows them now: the source from which
 * logins and groups are derived.
 *
 * @param streets streets (code, name)
 * @param communities communities (code, name, street code)
 * @param departments departments (code, name, street code or null)
 * @param seats who holds which seat, by login
 */
public record RegistryDirectory(List<Unit> streets, List<Unit> communities, List<Unit> departments,
        List<StaffSeat> seats) {

    /** A street, community or department. {@code parentCode} is the street of a community or department. */
    public record Unit(String code, String name, String parentCode) {}

    /**
     * A login's seat.
     *
     * @param username the login
     * @param displayName the person's name
     * @param seat the kind of seat
     * @param unitCode the community, street or department the seat belongs to
     */
    public record StaffSeat(String username, String displayName, Seat seat, String unitCode) {}

    /** The kinds of seat that carry a login. */
    public enum Seat {
        PARTY_ORGANISATION,
        SELF_GOVERNING_COMMITTEE,
        REPRESENTATIVE_ASSEMBLY,
        SUPERVISION_COMMITTEE,
        COMMUNITY_WORKER,
        GRID_WORKER,
        COMMUNITY_HEAD,
        STREET_PARTY_WORKING_COMMITTEE,
        JOINT_MEETING,
        DEPARTMENT_LIAISON,
        /** An in-service Party member with a login: she reports to the community where she lives (unit: that community). */
        PARTY_MEMBER,
        /** The contact of a work unit's Party organisation: reports its members (unit: none). */
        WORK_UNIT_CONTACT
    }
}
