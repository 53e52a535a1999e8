package cn.gongzhi.petition;

import cn.gongzhi.petition.domain.Petition;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.TimelineStep;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A petition as staff see it, personal information masked: what it is about, where, who asked (masked), how it
 * stands, its dates, who handles it, how it ended, and its timeline. The groups are unwrapped in the JSON, which
 * stays one flat object ({@code GET /api/petitions/{number}}).
 */
public record PetitionView(String number, String category, String categoryName, @JsonUnwrapped Place place,
        String description, PetitionChannel channel, @JsonUnwrapped Petitioner petitioner,
        @JsonUnwrapped Standing standing, @JsonUnwrapped Dates dates, @JsonUnwrapped Handling handling,
        @JsonUnwrapped Outcome outcome, String latestStep, List<TimelineStep> timeline) {

    /** Where: the community and grid by code, the resident's words for the place (masked), the coordinates. */
    public record Place(String communityCode, String gridCode, String location, BigDecimal latitude,
            BigDecimal longitude) {}

    /** Who asked, masked. */
    public record Petitioner(@JsonProperty("petitionerName") String name, @JsonProperty("petitionerPhone") String phone,
            @JsonProperty("petitionerIdNumber") String idNumber) {}

    /** How it stands: the status, its label, the level handling it and how urgent it is. */
    public record Standing(PetitionStatus status, String statusLabel, String handlingLevel, String urgency) {}

    /** When it came, when the first contact and the resolution are due, when it last changed and when it closed. */
    public record Dates(LocalDateTime receivedAt, LocalDateTime firstContactDue, LocalDateTime resolutionDue,
            LocalDateTime updatedAt, LocalDateTime closedAt) {}

    /** Who has it: the unit that first took it, the unit and the worker handling it, a department it went back to. */
    public record Handling(String firstReceivingUnit, String handlingUnit, String assignedWorker,
            String returnDepartment) {}

    /** How it ended, and how often it came back or went up. */
    public record Outcome(Boolean resolved, Integer satisfaction, int reopenCount, int escalationCount) {}

    /** The view of a petition, masked, with its category's name and its timeline. */
    static PetitionView of(Petition p, String categoryName, List<TimelineStep> timeline) {
        return new PetitionView(p.getNumber(), p.getCategoryCode(), categoryName,
                new Place(p.getCommunityCode(), p.getGridCode(), Masking.text(p.getLocation()), p.getLatitude(),
                        p.getLongitude()),
                Masking.text(p.getDescription()), p.getChannel(),
                new Petitioner(Masking.name(p.getPetitionerName()), Masking.phone(p.getPetitionerPhone()),
                        Masking.idNumber(p.getPetitionerIdNumber())),
                new Standing(p.getStatus(), p.getStatus().label(), p.getHandlingLevel(), p.getUrgency()),
                new Dates(p.getReceivedAt(), p.getFirstContactDue(), p.getResolutionDue(), p.getUpdatedAt(),
                        p.getClosedAt()),
                new Handling(p.getFirstReceivingUnit(), p.getHandlingUnit(), p.getAssignedWorker(),
                        p.getReturnDepartment()),
                new Outcome(p.getResolved(), p.getSatisfaction(), p.getReopenCount(), p.getEscalationCount()),
                p.getLatestStep(), timeline);
    }
}
