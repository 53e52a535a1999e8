package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.ConsultationContacts;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.registry.ActiveMembers.ActiveMember;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_NotifyStakeholders: the form offers the kinds of stakeholders a residents' consultation notifies (domain
 * brief §2) to tick, and the community's active Party members to name as contacts (党员联络人, by name, none or
 * several); on completion whom, when (picked, China time, later than now) and where the consultation meets and the
 * notice go into the timeline, each named member is checked to be active in the consultation's community now (400
 * naming the field otherwise, nothing written), and the members module is told whom to offer a service item
 * ({@link cn.gongzhi.deliberation.MemberContactsNamed}).
 */
@Component
class NotifyStakeholdersStep implements StepHandler {

    static final String STAKEHOLDERS = "stakeholders";
    static final String STAKEHOLDER_OPTIONS = "stakeholderOptions";
    static final String MEMBER_CONTACTS = ConsultationContacts.FIELD;
    static final String MEMBER_CONTACT_OPTIONS = "memberContactOptions";
    static final String CONSULTATION_AT = "consultationAt";
    static final String CONSULTATION_PLACE = "consultationPlace";
    static final String NOTICE_TEXT = "noticeText";
    /** The consultation place's limit: the form's {@code maxLength}. */
    static final int PLACE_MAX = 200;
    static final List<Choice> STAKEHOLDER_KINDS = List.of(
            new Choice("RESIDENT_GROUPS", "居民小组及相关居民"),
            new Choice("OWNERS_COMMITTEE", "业主委员会"),
            new Choice("PROPERTY_FIRM", "物业服务企业"),
            new Choice("SOCIAL_ORGANISATIONS", "社会组织"),
            new Choice("RESIDENT_UNITS", "驻区单位"),
            new Choice("OTHER_STAKEHOLDERS", "其他利益相关方"));

    private final DeliberationRecords records;
    private final DeliberationInstances instances;
    private final CaseSummaries summaries;
    private final ConsultationContacts contacts;
    private final Clock clock;

    NotifyStakeholdersStep(DeliberationRecords records, DeliberationInstances instances, CaseSummaries summaries,
            ConsultationContacts contacts, Clock clock) {
        this.records = records;
        this.instances = instances;
        this.summaries = summaries;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public String step() {
        return "notifyStakeholders";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.offer(task, STAKEHOLDER_OPTIONS, STAKEHOLDER_KINDS);
        FormView.offer(task, MEMBER_CONTACT_OPTIONS, contacts.offered(instances.deliberationOf(task)).stream()
                .map(m -> new Choice(String.valueOf(m.memberId()), m.name())).toList());
        FormView.summary(task, summaries.deliberation(instances.deliberationOf(task)));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        List<String> stakeholders = form.chosenAll(STAKEHOLDERS, "通知对象", STAKEHOLDER_OPTIONS, true).stream()
                .map(Choice::label).toList();
        long deliberation = instances.deliberationOf(task);
        List<ActiveMember> named = contacts.named(deliberation,
                form.chosenValues(MEMBER_CONTACTS, "党员联络人", MEMBER_CONTACT_OPTIONS, false));
        LocalDateTime at = form.dateTime(CONSULTATION_AT, "请选择协商会议的日期和时刻",
                "协商会议的日期和时刻无法识别，请用日期和时刻选择器选择", clock.getZone());
        String place = form.text(CONSULTATION_PLACE, "请填写会议地点", PLACE_MAX);
        String notice = form.text(NOTICE_TEXT, "请填写通知内容", DeliberationForms.REMARK_MAX);
        records.stakeholdersNotified(deliberation, stakeholders, named.stream().map(ActiveMember::name).toList(), at,
                place, notice, Actors.current());
        contacts.announce(deliberation, named);
        DeliberationForms.forget(task, STAKEHOLDERS, MEMBER_CONTACTS, CONSULTATION_AT, CONSULTATION_PLACE,
                NOTICE_TEXT);
    }
}
