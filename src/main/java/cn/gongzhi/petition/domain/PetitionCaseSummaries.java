package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionEventType;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.FormView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a petition task shows when it opens: one masked line for Tasklist's list, and the case in its form, with what
 * the step at hand needs besides.
 */
@Service
@Transactional(readOnly = true)
public class PetitionCaseSummaries {

    /** What the case's history shows on a form: the steps people took, in order. */
    private static final Set<PetitionEventType> SHOWN_STEPS = EnumSet.of(PetitionEventType.RETURNED,
            PetitionEventType.DEPARTMENT_RESPONDED, PetitionEventType.CONTACTED, PetitionEventType.OVERDUE,
            PetitionEventType.SUPERVISED, PetitionEventType.HANDLED, PetitionEventType.CALLED_BACK,
            PetitionEventType.REOPENED, PetitionEventType.ESCALATED, PetitionEventType.ESCALATION_RESOLVED);

    private final PetitionRepository petitions;
    private final PetitionTimeline timeline;
    private final PetitionNames names;

    PetitionCaseSummaries(PetitionRepository petitions, PetitionTimeline timeline, PetitionNames names) {
        this.petitions = petitions;
        this.timeline = timeline;
        this.names = names;
    }

    /** A line for the task list: category, place and the description, with phone and ID numbers masked. */
    public String taskSummary(long petitionId) {
        Petition p = petitions.require(petitionId);
        String text = p.getNumber() + " · " + names.category(p.getCategoryCode()) + " · "
                + Masking.text(p.getLocation()) + " · " + Masking.text(p.getDescription());
        return text.length() > 3900 ? text.substring(0, 3900) + "…" : text;
    }

    /**
     * The case a task's form shows when it opens (Markdown; {@code FormView.summary} masks it again): number, category,
     * place by name and the resident's words for it, the content, the petitioner masked, the time limits, and what
     * was done so far; for the step at hand what it needs besides: why a department got it back, who is overdue with
     * what, what to tell the resident on the callback (the measures, a joint meeting's outcome).
     */
    public List<String> caseSummary(long petitionId, PetitionStep step) {
        Petition p = petitions.require(petitionId);
        List<PetitionEvent> entries = timeline.of(p);
        List<String> lines = new ArrayList<>();
        lines.add("#### 诉求 " + p.getNumber() + " · " + names.category(p.getCategoryCode()));
        lines.add("- **地点**：" + names.place(p) + "，" + oneLine(p.getLocation()));
        lines.add("- **诉求内容**：" + oneLine(p.getDescription()));
        if (p.getPetitionerName() != null || p.getPetitionerPhone() != null) {
            lines.add("- **诉求人**：" + (p.getPetitionerName() == null ? "未留姓名" : Masking.name(p.getPetitionerName()))
                    + (p.getPetitionerPhone() == null ? "" : "，电话 " + Masking.phone(p.getPetitionerPhone()))
                    + "（请通过热线隐私号回拨）");
        }
        lines.add("- **受理时间**：" + PetitionTimeline.minute(p.getReceivedAt()));
        if (p.getFirstContactDue() != null) {
            lines.add("- **首次联系时限**：" + PetitionTimeline.minute(p.getFirstContactDue()) + "；**办结时限**："
                    + PetitionTimeline.minute(p.getResolutionDue()));
        }
        switch (step) {
            case DEPARTMENT_RESPONSE -> PetitionTimeline.last(entries, EnumSet.of(PetitionEventType.RETURNED))
                    .ifPresent(e -> lines.add("\n##### 退回理由\n" + oneLine(e.getNote())));
            case SUPERVISION -> {
                lines.add("\n##### 超期情况");
                lines.add(p.getFirstContactedAt() == null
                        ? "- **首次联系已超期**：时限 " + PetitionTimeline.minute(p.getFirstContactDue())
                        : "- **办结已超期**：时限 " + PetitionTimeline.minute(p.getResolutionDue()));
                lines.add("- **办理人**：" + (p.getAssignedWorker() == null ? p.getHandlingUnit() + "社区工作者（尚未认领）"
                        : names.person(p.getAssignedWorker())));
            }
            case CALLBACK -> {
                lines.add("\n##### 回访时向诉求人说明");
                PetitionTimeline.last(entries, EnumSet.of(PetitionEventType.HANDLED,
                        PetitionEventType.DEPARTMENT_RESPONDED)).ifPresent(e -> lines.add("- **办理措施**（"
                                + names.person(e.getActor()) + "）：" + oneLine(e.getNote())));
                PetitionTimeline.last(entries, EnumSet.of(PetitionEventType.ESCALATION_RESOLVED))
                        .ifPresent(e -> lines.add("- **联席会议办理结果**（请告知诉求人）：" + oneLine(e.getNote())));
            }
            default -> { }
        }
        List<String> history = entries.stream().filter(e -> SHOWN_STEPS.contains(e.getType()))
                .map(e -> "- " + PetitionTimeline.minute(e.getOccurredAt()) + " **" + e.getType().label() + "**（"
                        + names.person(e.getActor()) + "）" + (e.getNote() == null ? "" : "：" + oneLine(e.getNote())))
                .toList();
        if (!history.isEmpty()) {
            lines.add("\n##### 办理经过");
            lines.addAll(history);
        }
        return lines;
    }

    private static String oneLine(String text) {
        return FormView.plain(text, "；");
    }

}
