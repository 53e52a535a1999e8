package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.CommunityServiceProcess.COMMUNITY_CODE;

import cn.gongzhi.members.ServiceKind;
import cn.gongzhi.members.domain.ServiceOffers;
import cn.gongzhi.members.domain.ServicePublishing;
import cn.gongzhi.members.domain.ServicePublishing.Publication;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.FieldRefusals;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.Starter;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_PublishServiceItem: the start form becomes the item of the starter's community (her only one: the branch
 * or committee she sits on); the resident's name and phone of a micro-wish go into the item's columns and every start
 * field leaves the process. A refused form writes nothing (400 naming the field). An item a procedure offered
 * ({@link cn.gongzhi.members.MemberHelp}) is published already: the instance, started with its id and no form, is
 * bound to it.
 */
@Component
class PublishServiceItemDelegate implements JavaDelegate {

    private final ServicePublishing publishing;
    private final ServicePublishers publishers;
    private final ServiceOffers offers;
    private final ZoneId zone;

    PublishServiceItemDelegate(ServicePublishing publishing, ServicePublishers publishers, ServiceOffers offers,
            Clock clock) {
        this.publishing = publishing;
        this.publishers = publishers;
        this.offers = offers;
        this.zone = clock.getZone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long offered = CommunityServiceProcess.ITEM_ID.get(execution);
        if (offered != null) {
            offers.bind(offered, execution.getProcessInstanceId());
            CommunityServiceProcess.PROCEDURE_OFFER.set(execution, true);
            describe(execution, offered);
            return;
        }
        String community = COMMUNITY_CODE.get(execution) != null ? COMMUNITY_CODE.get(execution)
                : community(Actors.starter().orElseThrow(() -> new StepRefused("社区服务须由社区党组织或居（村）委会成员发布")));
        long itemId = FieldRefusals.translated(() -> {
            Publication publication = read(FormInput.of(execution.getVariables()));
            return publishing.publish(publication, community, Actors.current(), execution.getProcessInstanceId());
        });
        CommunityServiceProcess.START_FIELDS.forEach(execution::removeVariable);
        CommunityServiceProcess.ITEM_ID.set(execution, itemId);
        COMMUNITY_CODE.set(execution, community);
        CommunityServiceProcess.PROCEDURE_OFFER.set(execution, false);
        describe(execution, itemId);
    }

    private void describe(DelegateExecution execution, long itemId) {
        ServiceKind kind = publishing.kind(itemId);
        CommunityServiceProcess.MICRO_WISH.set(execution, kind == ServiceKind.MICRO_WISH);
        CommonVariables.MATTER_CATEGORY.set(execution, kind.label());
        CommonVariables.MATTER_PLACE.set(execution, publishing.communityName(itemId));
    }

    private String community(Starter starter) {
        List<CommunityRef> own = publishers.of(starter);
        if (own.size() != 1) {
            throw new StepRefused(own.isEmpty() ? starter.userId() + " 不是任何社区党组织或居（村）委会的成员，不能发布社区服务"
                    : "您在多个社区任职，请由所发布服务的社区的其他成员发布");
        }
        return own.get(0).code();
    }

    private Publication read(FormInput form) {
        String kind = form.oneOf(CommunityServiceProcess.KIND, "请选择服务类别",
                ServiceKind.PUBLISHED_BY_HAND.stream().map(Enum::name).toArray(String[]::new));
        return new Publication(ServiceKind.valueOf(kind),
                form.text(CommunityServiceProcess.TITLE, "请填写服务名称", 100),
                form.text(CommunityServiceProcess.DESCRIPTION, "请填写服务内容", 2000),
                form.count(CommunityServiceProcess.PLACES, "名额须是整数", Integer.MIN_VALUE, Integer.MAX_VALUE),
                form.dateTime(CommunityServiceProcess.STARTS_AT, "请选择服务开始", "服务开始无效", zone),
                form.dateTime(CommunityServiceProcess.ENDS_AT, "请选择服务结束", "服务结束无效", zone),
                form.dateTime(CommunityServiceProcess.CLAIM_DEADLINE_FIELD, "请选择认领截止", "认领截止无效", zone),
                rawText(form, CommunityServiceProcess.RESIDENT_NAME),
                rawText(form, CommunityServiceProcess.RESIDENT_PHONE));
    }

    /** A contact field as the resident gave it (never masked on entry, never in history). */
    private static String rawText(FormInput form, String field) {
        Object raw = form.raw(field);
        return raw == null || raw.toString().isBlank() ? null : raw.toString().trim();
    }
}
