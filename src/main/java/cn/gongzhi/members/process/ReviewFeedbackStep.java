package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.AnnualFeedbackProcess.DECISION;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.MEMBER_COMMENTS;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.MEMBER_OPTIONS;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.OVERALL_COMMENT;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.RECOUNT_DECISION;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.SEND_DECISION;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.members.domain.AnnualFeedbackReport;
import cn.gongzhi.members.domain.AnnualFeedbacks;
import cn.gongzhi.members.domain.AnnualFeedbacks.PartView;
import cn.gongzhi.registry.PartyMemberLogins;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Activity_ReviewFeedback: the community's Party organisation (checked against the part's community, 403 otherwise)
 * reads its part of the report as a table, may write a comment per member and an overall one, and sends it (refused,
 * 400, if a record changed since the count) or asks for a recount; the decision is local to the community's review.
 */
@Component
class ReviewFeedbackStep implements StepHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnnualFeedbacks feedbacks;
    private final FeedbackReports reports;
    private final PartyMemberLogins logins;
    private final RegistryService registry;

    ReviewFeedbackStep(AnnualFeedbacks feedbacks, FeedbackReports reports, PartyMemberLogins logins,
            RegistryService registry) {
        this.feedbacks = feedbacks;
        this.reports = reports;
        this.logins = logins;
        this.registry = registry;
    }

    @Override
    public String step() {
        return "reviewFeedback";
    }

    @Override
    public void opened(DelegateTask task) {
        long reportId = reports.reportOf(task);
        String community = AnnualFeedbackProcess.COMMUNITY_CODE.required(task);
        PartView part = feedbacks.partView(reportId, community);
        AnnualFeedbackReport report = feedbacks.report(reportId);
        FormView.summary(task, FeedbackForms.part(logins.unit(report.getOrgId()).map(u -> u.name()).orElse(""),
                report.getYear(), registry.community(community).map(CommunityRef::name).orElse(community), part));
        FormView.offer(task, MEMBER_OPTIONS, part.lines().stream()
                .map(l -> new Choice(String.valueOf(l.getMemberId()), l.getMemberName())).toList());
        ArrayNode rows = JSON.createArrayNode();
        part.lines().forEach(l -> rows.addObject().put("member", String.valueOf(l.getMemberId())));
        task.setVariableLocal(MEMBER_COMMENTS, SpinValues.jsonValue(rows.toString()).create());
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long reportId = reports.reportOf(task);
        String community = AnnualFeedbackProcess.COMMUNITY_CODE.required(task);
        String actor = Actors.current();
        if (Actors.starter().filter(s -> s.isIn(GroupIds.partyBranch(community))).isEmpty()) {
            throw new StepRefused("只有本社区党组织可以审核发送本社区的年度反馈；" + actor + " 不是");
        }
        String decision = form.oneOf(DECISION.name(), "请选择发送给单位，或重新统计", SEND_DECISION, RECOUNT_DECISION);
        if (SEND_DECISION.equals(decision)) {
            Map<String, Long> offered = new HashMap<>();
            FormView.offered(task, MEMBER_OPTIONS).forEach(c -> offered.put(c.value(), Long.valueOf(c.value())));
            Map<Long, String> comments = new HashMap<>();
            for (FormInput.Row row : form.rows(MEMBER_COMMENTS, "对党员的评语")) {
                String comment = row.cell("comment") == null ? null
                        : FormInput.textOf(row.cell("comment"), MEMBER_COMMENTS, 2000);
                if (comment == null || comment.isBlank()) {
                    continue;
                }
                Long member = offered.get(row.cell("member"));
                if (member == null) {
                    throw new InvalidFieldException(MEMBER_COMMENTS, "评语只能写给本社区反馈中列出的党员");
                }
                comments.put(member, comment);
            }
            feedbacks.send(reportId, community, form.optionalText(OVERALL_COMMENT, 2000), comments, actor);
        }
        FeedbackForms.recorded(task);
        task.getExecution().setVariableLocal(DECISION.name(), decision);
    }
}
