package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.UnitReportingProcess.AGREEMENT_ID;
import static cn.gongzhi.members.process.UnitReportingProcess.COMMUNITY_CODE;
import static cn.gongzhi.members.process.UnitReportingProcess.COMMUNITY_FIELD;
import static cn.gongzhi.members.process.UnitReportingProcess.COMMUNITY_OPTIONS;
import static cn.gongzhi.members.process.UnitReportingProcess.ORG_ID;
import static cn.gongzhi.members.process.UnitReportingProcess.RESOURCES_FIELD;
import static cn.gongzhi.members.process.UnitReportingProcess.TERM_END_FIELD;
import static cn.gongzhi.members.process.UnitReportingProcess.TERM_START_FIELD;

import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.UnitReportingAgreements;
import cn.gongzhi.registry.UnitReportingAgreements.AgreementView;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Activity_DraftAgreement, the contact's step: the community by name, the resources the unit offers and the
 * agreement's term from date pickers. The registry checks the contact, the term and that the unit has no other
 * agreement with that community (rules of {@link UnitReportingAgreements}). After a send-back it opens again with the
 * reason, prefilled with what was proposed.
 */
@Component
class DraftAgreementStep implements StepHandler {

    private final UnitReportingAgreements agreements;
    private final RegistryService registry;

    DraftAgreementStep(UnitReportingAgreements agreements, RegistryService registry) {
        this.agreements = agreements;
        this.registry = registry;
    }

    @Override
    public String step() {
        return "draftAgreement";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.offer(task, COMMUNITY_OPTIONS, registry.communities().stream()
                .map(c -> new Choice(c.code(), c.name())).toList());
        Long agreementId = AGREEMENT_ID.get(task);
        if (agreementId == null) {
            FormView.summary(task, List.of("#### 单位报到", "请按名称选择报到的社区（村），填写本单位提供的共建资源，"
                    + "并选择共建协议的起止日期。"));
            return;
        }
        AgreementView view = agreements.view(agreementId);
        FormView.summary(task, UnitForms.agreement(view));
        task.setVariableLocal(COMMUNITY_FIELD, view.communityCode());
        task.setVariableLocal(RESOURCES_FIELD, view.resourcesOffered());
        task.setVariableLocal(TERM_START_FIELD, view.termStart().toString());
        task.setVariableLocal(TERM_END_FIELD, view.termEnd().toString());
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        Choice community = form.chosen(COMMUNITY_FIELD, "报到社区（村）", COMMUNITY_OPTIONS, true).orElseThrow();
        String resources = form.text(RESOURCES_FIELD, "请填写本单位提供的共建资源", 2000);
        LocalDate start = FormInput.date(form.raw(TERM_START_FIELD), TERM_START_FIELD, "", "协议起始日期", null);
        LocalDate end = FormInput.date(form.raw(TERM_END_FIELD), TERM_END_FIELD, "", "协议终止日期", null);
        AgreementView agreement = agreements.propose(ORG_ID.required(task), community.value(), resources, start, end,
                Actors.current(), task.getProcessInstanceId());
        VariableScope instance = task.getExecution().getProcessInstance();
        AGREEMENT_ID.set(instance, agreement.id());
        COMMUNITY_CODE.set(instance, community.value());
        CommonVariables.MATTER_PLACE.set(instance, community.label());
        CommonVariables.MATTER_SUMMARY.set(instance, agreement.orgName()); // the branch's list names the unit
        UnitForms.recorded(task);
    }
}
