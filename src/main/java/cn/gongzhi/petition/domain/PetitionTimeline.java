package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionEventType;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.FormView;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The petition's timeline, and the one place its status moves: every step writes its entry here (what staff read, and
 * the sentence the resident's page shows), and a step that moves the petition names the new status and the latest
 * step in the same call. {@link Petition#moveTo} is called from nowhere else.
 */
@Component
public class PetitionTimeline {

    /** The actor of the steps the system takes (dispatch, reminders, closing). */
    public static final String SYSTEM = "系统";

    /** The public note's column (V10). */
    static final int PUBLIC_NOTE_COLUMN = 1000;
    /** How much of a worker's or department's own words the resident's timeline shows. */
    static final int PUBLIC_SUMMARY_MAX = 80;
    /** How much of a joint meeting's decision (departments, commitments and deadlines) the timeline shows. */
    static final int PUBLIC_DECISION_MAX = 300;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The steps in which someone worked the petition (a callback must be made by someone else). */
    private static final Set<PetitionEventType> HANDLING_STEPS = EnumSet.of(
            PetitionEventType.CONTACTED, PetitionEventType.HANDLED, PetitionEventType.DEPARTMENT_RESPONDED);

    private final PetitionEventRepository events;
    private final Clock clock;

    PetitionTimeline(PetitionEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** An entry staff read; the resident's page leaves it out. */
    public void record(Petition petition, PetitionEventType type, String actor, String note) {
        record(petition, type, actor, note, null);
    }

    /** An entry with the sentence the resident's page shows (masked and cut to its column here). */
    public void record(Petition petition, PetitionEventType type, String actor, String note, String publicNote) {
        events.save(new PetitionEvent(petition.getId(), type, actor == null ? SYSTEM : actor, now(), note,
                publicNote == null ? null : Masking.oneLine(publicNote, PUBLIC_NOTE_COLUMN)));
    }

    /** An entry that moves the petition: its status and the latest step the lists show change with it. */
    public void record(Petition petition, PetitionEventType type, String actor, String note, String publicNote,
            PetitionStatus status, String latestStep) {
        record(petition, type, actor, note, publicNote);
        moved(petition, status, latestStep);
    }

    /** A move with no entry of its own (the step's entry was written by the intake). */
    public void moved(Petition petition, PetitionStatus status, String latestStep) {
        petition.moveTo(status, latestStep, now());
    }

    /** The entries in order. */
    public List<PetitionEvent> of(Petition petition) {
        return events.findByPetitionIdOrderByOccurredAtAscIdAsc(petition.getId());
    }

    /** The latest entry of one of these types. */
    public static Optional<PetitionEvent> last(List<PetitionEvent> timeline, Set<PetitionEventType> types) {
        PetitionEvent found = null;
        for (PetitionEvent event : timeline) {
            if (types.contains(event.getType())) {
                found = event;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Who worked the petition: whoever completed its contact, its handling or a department's answer, from the
     * timeline (not who it was first assigned to: a task can change hands).
     */
    public Set<String> handledBy(Petition petition) {
        return of(petition).stream().filter(e -> HANDLING_STEPS.contains(e.getType())).map(PetitionEvent::getActor)
                .collect(Collectors.toSet());
    }

    /** What was done, as the resident's timeline shows it: one line, masked, shortened, without closing stops. */
    public static String summary(String text) {
        return withoutClosingStop(Masking.oneLine(FormView.plain(text, "；"), PUBLIC_SUMMARY_MAX));
    }

    /** A joint meeting's decision or outcome as the resident's timeline shows it. */
    public static String decision(String text) {
        return withoutClosingStop(Masking.oneLine(FormView.plain(text, "；"), PUBLIC_DECISION_MAX));
    }

    private static String withoutClosingStop(String line) {
        return line.replaceAll("[。；，.;,\\s]+$", "");
    }

    /** A time as forms and notes show it, to the minute. */
    public static String minute(LocalDateTime time) {
        return time == null ? "—" : time.format(MINUTE);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
