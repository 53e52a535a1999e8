package cn.gongzhi.members;

import cn.gongzhi.members.domain.ServiceOffers;
import cn.gongzhi.members.domain.ServiceOffers.Offer;
import cn.gongzhi.members.process.CommunityServiceProcess;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Party members in the community's procedures (docs/processes/party-members.md, "Members in the community's
 * procedures"): a petition, a consultation or a joint meeting offers members a service item, so whatever they do
 * there counts as service everywhere service counts (hours, the member's record, the dashboard, the annual feedback).
 * The item is published here, with its time window and claim deadline from {@code gongzhi.member-help.*}, and
 * processes/CommunityServiceProcess.bpmn starts for it without its start form; from there the path is community
 * service's own: she claims (takes it) or the offer lapses, records what she did, the branch confirms.
 */
@Service
public class MemberHelp {

    /**
     * What a procedure offers: its kind, where it came from ({@code sourceRef}: the petition number, the
     * consultation's or the escalation's id), the community, a title and description without personal data, how many
     * places, and the member it is offered to (null: the community's active members, first come).
     */
    public record Help(ServiceKind kind, ServiceSource source, String sourceRef, String communityCode, String title,
            String description, int places, Long memberId) {}

    /** Who publishes what a procedure offers, in the item's record (no person decided it). */
    public static final String OFFERED_BY = "system";

    private final ServiceOffers offers;
    private final RuntimeService runtime;

    MemberHelp(ServiceOffers offers, RuntimeService runtime) {
        this.offers = offers;
        this.runtime = runtime;
    }

    /**
     * Publishes the item and starts its community service, in the caller's transaction; empty (nothing written) when
     * this procedure made this offer before: one offer per procedure and member.
     */
    @Transactional
    public Optional<Long> offer(Help help) {
        Optional<Long> item = offers.offer(new Offer(help.kind(), help.source(), help.sourceRef(),
                help.communityCode(), help.title(), help.description(), help.places(), help.memberId(), OFFERED_BY));
        item.ifPresent(id -> runtime.startProcessInstanceByKey(CommunityServiceProcess.KEY, Map.of(
                CommunityServiceProcess.ITEM_ID.name(), id,
                CommunityServiceProcess.COMMUNITY_CODE.name(), help.communityCode())));
        return item;
    }
}
