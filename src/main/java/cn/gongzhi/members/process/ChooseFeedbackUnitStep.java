package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.AnnualFeedbackProcess.UNIT_FIELD;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.UNIT_OPTIONS;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.YEAR_FIELD;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.YEAR_OPTIONS;

import cn.gongzhi.members.domain.AnnualFeedbacks;
import cn.gongzhi.members.domain.FeedbackCollection;
import cn.gongzhi.registry.PartyMemberLogins;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ChooseFeedbackUnit: the branch member who started the feedback by hand chooses the unit (among
 * those with members reported or serving in her communities this year or last) and the year (this one or the last).
 * Refused naming the field, nothing written: a unit and year already started, a unit without a member in her
 * communities that year, a unit without its contact's login.
 */
@Component
class ChooseFeedbackUnitStep implements StepHandler {

    private final FeedbackStarters starters;
    private final FeedbackCollection collection;
    private final AnnualFeedbacks feedbacks;
    private final PartyMemberLogins logins;
    private final Clock clock;

    ChooseFeedbackUnitStep(FeedbackStarters starters, FeedbackCollection collection, AnnualFeedbacks feedbacks,
            PartyMemberLogins logins, Clock clock) {
        this.starters = starters;
        this.collection = collection;
        this.feedbacks = feedbacks;
        this.logins = logins;
        this.clock = clock;
    }

    @Override
    public String step() {
        return "chooseFeedbackUnit";
    }

    @Override
    public void opened(DelegateTask task) {
        Set<String> own = own();
        int year = LocalDate.now(clock).getYear();
        FormView.offer(task, UNIT_OPTIONS, logins.units().stream()
                .filter(u -> servesIn(u.id(), year, own) || servesIn(u.id(), year - 1, own))
                .map(u -> new Choice(String.valueOf(u.id()), u.name())).toList());
        FormView.offer(task, YEAR_OPTIONS, List.of(new Choice(String.valueOf(year), year + "年度"),
                new Choice(String.valueOf(year - 1), (year - 1) + "年度")));
        FormView.summary(task, List.of("#### 发起年度双向反馈",
                "为错过统一发起日期的单位补发反馈：选择单位党组织和年度。系统从服务记录中统计该单位党员在各社区的服务情况，"
                        + "由各社区党组织审核后发送给单位党组织。每个单位每年只发起一次。"));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long orgId = Long.parseLong(form.chosen(UNIT_FIELD, "单位党组织", UNIT_OPTIONS, true).orElseThrow().value());
        int year = Integer.parseInt(form.chosen(YEAR_FIELD, "年度", YEAR_OPTIONS, true).orElseThrow().value());
        String actor = Actors.current();
        if (!actor.equals(AnnualFeedbackProcess.STARTER.get(task))) {
            throw new StepRefused("只有发起人可以选择反馈的单位和年度；" + actor + " 不是");
        }
        if (!servesIn(orgId, year, own())) {
            throw new InvalidFieldException(YEAR_FIELD, "该单位在" + year + "年没有党员在您所在的社区报到或服务");
        }
        long reportId = feedbacks.open(orgId, year, actor);
        feedbacks.bind(reportId, task.getProcessInstanceId());
        AnnualFeedbackProcess.REPORT_ID.set(task.getExecution().getProcessInstance(), reportId);
        AnnualFeedbackProcess.ORG_ID.set(task.getExecution().getProcessInstance(), orgId);
        FeedbackForms.recorded(task);
    }

    private Set<String> own() {
        return Actors.starter().map(starters::of).orElse(List.of()).stream().map(CommunityRef::code)
                .collect(Collectors.toSet());
    }

    private boolean servesIn(long orgId, int year, Set<String> communities) {
        return collection.collect(orgId, year).stream().anyMatch(l -> communities.contains(l.communityCode()));
    }
}
