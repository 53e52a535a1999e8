package cn.gongzhi.petition;

import java.time.LocalDateTime;

/**
 * Published in the transaction of every insert and update of a petition: the snapshot of what the service levels are
 * computed from. Never the petitioner's name, phone or ID number, never free text. {@code revision} grows with every
 * write of the petition, so a consumer keeps the snapshot with the highest revision and a late or repeated event
 * changes nothing. {@code id} identifies the petition before its number is assigned.
 */
public record PetitionChanged(long id, int revision, String number, Place place, Times times, Outcome outcome) {

    /** Where the petition is handled: community, grid, worker, category, and the department it was returned to. */
    public record Place(String communityCode, String gridCode, String assignedWorker, String categoryCode,
            String returnDepartment) {}

    /** When it was received, first contacted, handled and closed, and the due times of the first two. */
    public record Times(LocalDateTime receivedAt, LocalDateTime firstContactDue, LocalDateTime firstContactedAt,
            LocalDateTime resolutionDue, LocalDateTime handledAt, LocalDateTime closedAt) {}

    /** Its status, how often it was reopened, and the callback's satisfaction (1–5) and whether it was resolved. */
    public record Outcome(PetitionStatus status, int reopenCount, Integer satisfaction, Boolean resolved) {}
}
