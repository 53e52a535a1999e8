package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.ATTENDANCE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.COMMITMENTS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CONVENE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CONVENED_OPTIONS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DEPARTMENTS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DEPARTMENT_CODE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DEPARTMENT_OPTIONS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DUTY_CODES;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.MEETING_TIME;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.RATINGS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.RELATED_PETITIONS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.RELATED_PETITION_OPTIONS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.REPORT_IN_LIMIT;

import cn.gongzhi.escalation.domain.EscalationRecords;
import cn.gongzhi.escalation.domain.EscalationRecords.CaseView;
import cn.gongzhi.escalation.domain.EscalationRecords.CommitmentEntry;
import cn.gongzhi.escalation.domain.EscalationRecords.Convened;
import cn.gongzhi.escalation.domain.EscalationRecords.RatingEntry;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.Starter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Every user task of the escalation once it is registered. When a task opens, its form is given the case
 * ({@link FormView#summary}) and its choices by name: the community's open petitions, the street's departments with
 * the proposal pre-ticked, the convened departments, one evaluation row per convened department. When it completes,
 * every submitted choice is checked against what was offered and the record (400 naming the field, nothing written),
 * recorded, and the form's values leave the process.
 */
@Component
class EscalationTaskListener implements TaskListener {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORM_VALUES = List.of("reason", "triedSoFar", RELATED_PETITIONS, "instructions",
            DEPARTMENTS, "liaisonName", ATTENDANCE, "minutes", COMMITMENTS, "completionReport", "followUpNote",
            RATINGS, "outcome", DUTY_CODES.name());

    private final EscalationRecords records;
    private final EscalationInstances instances;

    EscalationTaskListener(EscalationRecords records, EscalationInstances instances) {
        this.records = records;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateTask task) {
        long escalation = instances.escalationOf(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            opened(task, escalation);
            return;
        }
        DelegateExecution process = task.getExecution().getProcessInstance();
        Map<String, Object> form = task.getVariables();
        Starter starter = Actors.starter().orElse(null);
        String actor = starter == null ? null : starter.userId();
        try {
            switch (task.getTaskDefinitionKey()) {
                case JointMeetingEscalationProcess.BLOW_WHISTLE -> records.whistle(escalation, form, values(
                        FormView.chosenAll(task, form, RELATED_PETITIONS, "相关诉求", RELATED_PETITION_OPTIONS, false)),
                        actor);
                case JointMeetingEscalationProcess.DECIDE_CONVENING ->
                        CONVENE.set(process, records.decideConvening(escalation, form, actor));
                case JointMeetingEscalationProcess.CONFIRM_DEPARTMENTS -> MEETING_TIME.set(process,
                        records.confirmDepartments(escalation, values(FormView.chosenAll(task, form, DEPARTMENTS,
                                "召集部门", DEPARTMENT_OPTIONS, true)), text(form.get("meetingTime")), actor));
                case JointMeetingEscalationProcess.REPORT_IN ->
                        records.reportedIn(escalation, DEPARTMENT_CODE.required(task), form, actor);
                case JointMeetingEscalationProcess.RECORD_MEETING -> records.recordMeeting(escalation,
                        values(FormView.chosenAll(task, form, ATTENDANCE, "到会部门", CONVENED_OPTIONS, true)),
                        commitments(form), text(form.get("minutes")), actor);
                case JointMeetingEscalationProcess.REPORT_COMMITMENT_DONE -> records.commitmentDone(
                        instances.commitmentOf(task), form, actor);
                case JointMeetingEscalationProcess.FOLLOW_UP -> records.followedUp(
                        instances.commitmentOf(task), form, actor);
                case JointMeetingEscalationProcess.EVALUATE -> records.evaluate(escalation, ratings(form), form,
                        starter);
                default -> throw new IllegalStateException("No recording for " + task.getTaskDefinitionKey());
            }
        } catch (InvalidFieldException e) {
            throw new FormFieldValidationException(e.field(), e.getMessage());
        }
        FORM_VALUES.forEach(process::removeVariable);
    }

    /** What each form shows and offers when its task opens. */
    private void opened(DelegateTask task, long escalation) {
        switch (task.getTaskDefinitionKey()) {
            case JointMeetingEscalationProcess.BLOW_WHISTLE -> {
                records.grounds(escalation).ifPresent(grounds -> {
                    // the whistle starts from what the handler wrote: a true prefill, the Party organisation edits it
                    prefill(task, "triedSoFar", grounds.measures());
                    prefill(task, "reason", grounds.reason());
                });
                FormView.offer(task, RELATED_PETITION_OPTIONS, records.relatablePetitions(escalation).stream()
                        .map(p -> new Choice(p.number(), p.number() + " " + p.categoryName())).toList());
                FormView.summary(task, matter(records.caseView(escalation)));
            }
            case JointMeetingEscalationProcess.CONFIRM_DEPARTMENTS -> {
                List<String> proposed = records.proposeDepartments(escalation, DUTY_CODES.required(task),
                        REPORT_IN_LIMIT.required(task));
                List<Choice> street = records.departmentChoices(escalation).stream()
                        .map(d -> new Choice(d.code(), d.name())).toList();
                FormView.offer(task, DEPARTMENT_OPTIONS, street);
                ArrayNode ticked = JSON.createArrayNode();
                street.stream().map(Choice::value).filter(proposed::contains).forEach(ticked::add);
                task.setVariableLocal(DEPARTMENTS, SpinValues.jsonValue(ticked.toString()).create());
                CaseView view = records.caseView(escalation);
                List<String> lines = whistle(view);
                lines.add("**建议召集**（按事项类别和部门职责，已预先勾选，可增删）："
                        + (proposed.isEmpty() ? "暂无职责相符的部门，请选择" : String.join("、",
                                street.stream().filter(c -> proposed.contains(c.value())).map(Choice::label).toList())));
                lines.add("**报到时限**：召集后 " + limit(REPORT_IN_LIMIT.required(task))
                        + "内，且不晚于会议开始前；会议时间须至少在召集后留出报到时间");
                FormView.summary(task, lines);
            }
            case JointMeetingEscalationProcess.REPORT_IN -> {
                CaseView view = records.caseView(escalation);
                List<String> lines = matter(view);
                lines.add("**联席会议时间**：" + minute(view.meetingTime()));
                lines.add("**地点**：" + view.communityName() + "（召集单位：街道党工委）");
                view.departments().stream().filter(d -> d.code().equals(DEPARTMENT_CODE.get(task))).findFirst()
                        .ifPresent(d -> lines.add("**贵部门**：" + d.name() + "，请于 " + minute(d.reportDue())
                                + " 前报到"));
                FormView.summary(task, lines);
            }
            case JointMeetingEscalationProcess.RECORD_MEETING -> {
                records.closeReportIn(escalation);
                CaseView view = records.caseView(escalation);
                FormView.offer(task, CONVENED_OPTIONS, convened(view));
                List<String> lines = whistle(view);
                lines.add("**会议时间**：" + minute(view.meetingTime()));
                lines.add("**报到情况**：");
                for (Convened d : view.departments()) {
                    lines.add("- " + d.name() + "：" + (d.reportedAt() == null ? "未报到（记为缺席、迟到）"
                            : minute(d.reportedAt()) + " 已报到" + (d.late() ? "（迟到）" : "")));
                }
                FormView.summary(task, lines);
            }
            case JointMeetingEscalationProcess.REPORT_COMMITMENT_DONE, JointMeetingEscalationProcess.FOLLOW_UP -> {
                List<String> lines = matter(records.caseView(escalation));
                lines.add("**承诺**："
                        + FormView.plain(records.commitmentText(instances.commitmentOf(task)), "；"));
                FormView.summary(task, lines);
            }
            case JointMeetingEscalationProcess.EVALUATE -> {
                CaseView view = records.caseView(escalation);
                List<Choice> convened = convened(view);
                FormView.offer(task, CONVENED_OPTIONS, convened);
                ArrayNode rows = JSON.createArrayNode();
                convened.forEach(c -> rows.addObject().put("department", c.value()));
                task.setVariableLocal(RATINGS, SpinValues.jsonValue(rows.toString()).create());
                List<String> lines = whistle(view);
                lines.add("**会议时间**：" + minute(view.meetingTime()));
                for (Convened d : view.departments()) {
                    lines.add("- " + d.name() + "：" + (d.reportedAt() == null ? "未报到" : d.late() ? "报到迟到"
                            : "按时报到") + "，" + (Boolean.TRUE.equals(d.attended()) ? "到会" : "未到会"));
                }
                FormView.summary(task, lines);
            }
            default -> FormView.summary(task, whistle(records.caseView(escalation)));
        }
    }

    /** The matter: number, category, community, related petitions. */
    private static List<String> matter(CaseView view) {
        List<String> lines = new ArrayList<>();
        lines.add("#### " + view.number() + " " + view.categoryName());
        lines.add("**社区（村）**：" + view.communityName());
        if (!view.petitions().isEmpty()) {
            lines.add("**相关诉求**：" + String.join("、", view.petitions()));
        }
        return lines;
    }

    /** The matter with the whistle and the street's instructions so far. */
    private static List<String> whistle(CaseView view) {
        List<String> lines = matter(view);
        if (view.reason() != null) {
            lines.add("**吹哨理由**：" + FormView.plain(view.reason(), "；"));
        }
        if (view.triedSoFar() != null) {
            lines.add("**已采取的措施**：" + FormView.plain(view.triedSoFar(), "；"));
        }
        if (view.instructions() != null) {
            lines.add("**街道党工委意见**：" + FormView.plain(view.instructions(), "；"));
        }
        return lines;
    }

    private static List<Choice> convened(CaseView view) {
        return view.departments().stream().map(d -> new Choice(d.code(), d.name())).toList();
    }

    private static void prefill(DelegateTask task, String field, String value) {
        if (value != null && !value.isBlank()) {
            task.setVariableLocal(field, Masking.text(value));
        }
    }

    private static List<CommitmentEntry> commitments(Map<String, Object> form) {
        return FormView.rows(form, COMMITMENTS, "部门承诺").stream().map(row -> new CommitmentEntry(
                field(row, "department"), field(row, "measure"), field(row, "dueDate"))).toList();
    }

    private static List<RatingEntry> ratings(Map<String, Object> form) {
        return FormView.rows(form, RATINGS, "部门评价").stream().map(row -> new RatingEntry(field(row, "department"),
                field(row, "onTime"), field(row, "effective"), field(row, "cooperative"))).toList();
    }

    private static String field(JsonNode row, String name) {
        JsonNode value = row.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> values(List<Choice> choices) {
        return choices.stream().map(Choice::value).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static String minute(LocalDateTime time) {
        return time == null ? "未定" : time.format(MINUTE);
    }

    private static String limit(String isoDuration) {
        Duration d = Duration.parse(isoDuration);
        return d.toMinutes() % (24 * 60) == 0 ? d.toDays() + " 天" : d.toMinutes() % 60 == 0 ? d.toHours() + " 小时"
                : d.toMinutes() + " 分钟";
    }
}
