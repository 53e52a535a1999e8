package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.PartyMemberReportingProcess.COMMUNITY_CODE;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.COMMUNITY_FIELD;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.COMMUNITY_OPTIONS;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.MEMBER_FIELD;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.MEMBER_ID;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.MEMBER_OPTIONS;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.REPORTER;

import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.Reportable;
import cn.gongzhi.registry.PartyMemberReporting.ReportingView;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Activity_CompleteReport, the reporter's step: the members she may report (herself, or her unit's) and the
 * communities, all by name. On completion the registry checks who reports whom and that the member is not reported
 * elsewhere (rules 1 and 2 of {@link PartyMemberReporting}); the community becomes the instance's
 * {@code communityCode}, so its Party organisation gets the next step. After a send-back the same step opens again
 * with the Party organisation's reason.
 */
@Component
class CompleteReportStep implements StepHandler {

    private final PartyMemberReporting reporting;
    private final RegistryService registry;

    CompleteReportStep(PartyMemberReporting reporting, RegistryService registry) {
        this.reporting = reporting;
        this.registry = registry;
    }

    @Override
    public String step() {
        return "completeReport";
    }

    @Override
    public void opened(DelegateTask task) {
        List<Reportable> members = reporting.reportableBy(REPORTER.required(task));
        FormView.offer(task, MEMBER_OPTIONS, members.stream()
                .map(m -> new Choice(String.valueOf(m.memberId()), m.name())).toList());
        FormView.offer(task, COMMUNITY_OPTIONS, registry.communities().stream()
                .map(c -> new Choice(c.code(), c.name())).toList());
        List<String> lines = new ArrayList<>();
        Long memberId = MEMBER_ID.get(task);
        if (memberId != null) {
            // sent back: the member as reported, with the Party organisation's reason
            ReportingView view = reporting.view(memberId);
            lines.addAll(ReportingForms.member(view));
            task.setVariableLocal(MEMBER_FIELD, String.valueOf(memberId));
            task.setVariableLocal(COMMUNITY_FIELD, view.communityCode());
        } else {
            lines.add("#### 党员报到");
            lines.add("请按姓名选择报到的党员，按名称选择其居住地社区（村）。同一时间只能在一个社区报到。");
            if (members.size() == 1) {
                task.setVariableLocal(MEMBER_FIELD, String.valueOf(members.get(0).memberId()));
                task.setVariableLocal(COMMUNITY_FIELD, reporting.view(members.get(0).memberId()).communityCode());
            }
        }
        FormView.summary(task, lines);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        Choice member = form.chosen(MEMBER_FIELD, "报到党员", MEMBER_OPTIONS, true).orElseThrow();
        Choice community = form.chosen(COMMUNITY_FIELD, "居住地社区（村）", COMMUNITY_OPTIONS, true).orElseThrow();
        long memberId = Long.parseLong(member.value());
        Long before = MEMBER_ID.get(task);
        if (before != null && before != memberId) {
            // a send-back is answered for the same member: another member reports in an instance of her own
            throw new InvalidFieldException(MEMBER_FIELD, "退回补正时不能更换报到党员；为其他党员报到请另行发起");
        }
        reporting.report(memberId, community.value(), Actors.current(), task.getProcessInstanceId());
        VariableScope instance = task.getExecution().getProcessInstance();
        MEMBER_ID.set(instance, memberId);
        COMMUNITY_CODE.set(instance, community.value());
        CommonVariables.MATTER_PLACE.set(instance, community.label());
        // the branch's list names whom it confirms (a Party member's name; no contact detail)
        CommonVariables.MATTER_SUMMARY.set(instance, member.label());
        ReportingForms.recorded(task);
    }
}
