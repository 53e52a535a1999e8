package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.PartyMemberMoveAwayProcess.COMMUNITY_CODE;
import static cn.gongzhi.members.process.PartyMemberMoveAwayProcess.MEMBER_FIELD;
import static cn.gongzhi.members.process.PartyMemberMoveAwayProcess.MEMBER_ID;
import static cn.gongzhi.members.process.PartyMemberMoveAwayProcess.MEMBER_OPTIONS;
import static cn.gongzhi.members.process.PartyMemberMoveAwayProcess.REASON_FIELD;

import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.ReportingView;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Activity_RecordMoveAway, the recorder's step: the active members of her Party organisation's communities, by name,
 * and the explanation. On completion the member must still be active in one of her communities (400 naming the field
 * otherwise); the registry records her as moved away and frees every post and area she held. Her id and community then
 * become the instance's, so the community's supervisors read its history.
 */
@Component
class RecordMoveAwayStep implements StepHandler {

    private final PartyMemberReporting reporting;
    private final MoveAwayStarters starters;

    RecordMoveAwayStep(PartyMemberReporting reporting, MoveAwayStarters starters) {
        this.reporting = reporting;
        this.starters = starters;
    }

    @Override
    public String step() {
        return "recordMoveAway";
    }

    @Override
    public void opened(DelegateTask task) {
        List<CommunityRef> own = own();
        List<Choice> members = new ArrayList<>();
        for (CommunityRef community : own) {
            reporting.activeMembers(community.code()).forEach(m -> members.add(new Choice(String.valueOf(m.memberId()),
                    m.name() + (own.size() > 1 ? "（" + community.name() + "）" : ""))));
        }
        FormView.offer(task, MEMBER_OPTIONS, members);
        FormView.summary(task, List.of("#### 登记党员迁出", "请按姓名选择迁出的党员，并填写迁居或组织关系转出的情况。"
                + "办理后其报到结束，担任的党员先锋岗、党员责任区随之空出。"));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        Choice member = form.chosen(MEMBER_FIELD, "迁出党员", MEMBER_OPTIONS, true).orElseThrow();
        long memberId = Long.parseLong(member.value());
        String reason = form.text(REASON_FIELD, "请填写迁出说明", 2000);
        ReportingView view = reporting.view(memberId);
        CommunityRef community = own().stream().filter(c -> c.code().equals(view.communityCode())).findFirst()
                .filter(c -> reporting.activeMembers(c.code()).stream().anyMatch(m -> m.memberId() == memberId))
                .orElseThrow(() -> new InvalidFieldException(MEMBER_FIELD, view.name()
                        + "已不是本社区（村）的在岗报到党员，请刷新后重新选择"));
        reporting.moveAway(memberId, reason);
        VariableScope instance = task.getExecution().getProcessInstance();
        MEMBER_ID.set(instance, memberId);
        COMMUNITY_CODE.set(instance, community.code());
        CommonVariables.MATTER_PLACE.set(instance, community.name());
        List.of(MEMBER_FIELD, REASON_FIELD).forEach(instance::removeVariable);
    }

    private List<CommunityRef> own() {
        return starters.of(Actors.starter().orElseThrow(() -> new StepRefused("党员迁出须由社区党组织成员办理")));
    }
}
