package cn.gongzhi.shared;

import java.time.LocalDateTime;

/**
 * One step of a record's timeline as staff read it, the same for every record that keeps one (a petition, a
 * deliberation, an escalation): what happened ({@code type}, and its Chinese label where the record's types have
 * one), who did it, when, and the note with phone and ID numbers masked. Each module keeps its own timeline table;
 * this is the one shape its API answers with.
 */
public record TimelineStep(String type, String typeLabel, String actor, LocalDateTime at, String note) {

    /** A step as recorded; the note is masked here, so no timeline is answered unmasked. */
    public static TimelineStep of(String type, String typeLabel, String actor, LocalDateTime at, String note) {
        return new TimelineStep(type, typeLabel, actor, at, Masking.text(note));
    }
}
