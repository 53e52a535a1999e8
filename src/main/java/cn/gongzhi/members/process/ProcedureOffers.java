package cn.gongzhi.members.process;

import cn.gongzhi.deliberation.MemberContactsNamed;
import cn.gongzhi.escalation.VolunteersRequested;
import cn.gongzhi.members.MemberHelp;
import cn.gongzhi.members.MemberHelp.Help;
import cn.gongzhi.members.ServiceKind;
import cn.gongzhi.members.ServiceSource;
import cn.gongzhi.petition.PetitionChanged;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionService.CategoryView;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.registry.ActiveMembers;
import cn.gongzhi.registry.ActiveMembers.ActiveMember;
import cn.gongzhi.registry.ActiveMembers.AreaHolder;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The community's procedures offer Party members service (docs/processes/party-members.md, "Members in the
 * community's procedures"), each event after its transaction committed, asynchronously, recorded in the event
 * publication registry until it has finished (each offer in a transaction of its own); a redelivered event finds its
 * offers made and writes nothing:
 * <ul>
 *   <li>a petition dispatched in a grid: each holder of a responsibility area of that grid who serves in the
 *       petition's community (active, with a login) is offered 协助办理诉求, to her alone. The petition's own path and
 *       its worker are untouched; the offer shows the number, category, grid and area, never the petitioner;</li>
 *   <li>a consultation's contacts named: each named member is offered 协商联络, to her alone;</li>
 *   <li>a joint meeting's volunteers asked for: one 跟进志愿 item with that many places, open to the community's
 *       active members, first come.</li>
 * </ul>
 */
@Component
class ProcedureOffers {

    /** A petition in these states has been dispatched and is being handled. */
    private static final Set<PetitionStatus> DISPATCHED = EnumSet.of(PetitionStatus.ASSIGNED,
            PetitionStatus.IN_PROGRESS);

    private final MemberHelp help;
    private final ActiveMembers members;
    private final PetitionService petitions;

    ProcedureOffers(MemberHelp help, ActiveMembers members, PetitionService petitions) {
        this.help = help;
        this.members = members;
        this.petitions = petitions;
    }

    /**
     * Only the petitions help may be offered with reach this listener: for any other change of a petition (its
     * receipt, its callback, its close) no event publication is stored for it, and nothing runs.
     */
    @ApplicationModuleListener(condition = "@procedureOffers.concerns(#petition)")
    void on(PetitionChanged petition) {
        offerHelp(petition);
    }

    /** Whether help may be offered with this petition: it has its number, a grid, and is with its worker. */
    public boolean concerns(PetitionChanged petition) {
        return petition.number() != null && petition.place().gridCode() != null
                && DISPATCHED.contains(petition.outcome().status());
    }

    @ApplicationModuleListener
    void on(MemberContactsNamed named) {
        offerContacts(named);
    }

    @ApplicationModuleListener
    void on(VolunteersRequested requested) {
        offerFollowUp(requested);
    }

    /** Each holder of an area of the petition's grid, serving in its community, is offered help with it. */
    void offerHelp(PetitionChanged petition) {
        PetitionChanged.Place place = petition.place();
        if (!concerns(petition)) {
            return;
        }
        List<AreaHolder> holders = members.areaHolders(place.communityCode(), place.gridCode());
        if (holders.isEmpty()) {
            return;
        }
        String category = petitions.categories().stream().filter(c -> c.code().equals(place.categoryCode()))
                .map(CategoryView::name).findFirst().orElse(place.categoryCode());
        for (AreaHolder holder : holders) {
            help.offer(new Help(ServiceKind.PETITION_HELP, ServiceSource.PETITION, petition.number(),
                    place.communityCode(), "诉求 " + petition.number() + "（" + category + "）",
                    "诉求编号 " + petition.number() + "，类别：" + category + "，网格：" + holder.gridName()
                            + "，您的责任区：" + holder.buildings() + "。诉求由社区工作者负责办理，您可协助了解情况、"
                            + "做好邻里工作；诉求人的姓名和电话不在此显示，需要联系请经社区工作者。",
                    1, holder.memberId()));
        }
    }

    /** Each named member still serving in the consultation's community is offered the contact's service. */
    void offerContacts(MemberContactsNamed named) {
        List<ActiveMember> serving = members.of(named.communityCode());
        for (Long memberId : named.memberIds()) {
            // she may have moved away since the notice: an offer she could not take is not made
            if (serving.stream().anyMatch(m -> m.memberId() == memberId)) {
                help.offer(new Help(ServiceKind.CONSULTATION_CONTACT, ServiceSource.CONSULTATION,
                        String.valueOf(named.deliberationId()), named.communityCode(), "居民协商党员联络",
                        "您被列为一次居民协商的党员联络人：协助社区联络相关方、收集意见，并参加协商会议。"
                                + "协商的议题、时间和地点见社区的协商通知。", 1, memberId));
            }
        }
    }

    /** One item with the places asked for, open to the community's active members. */
    void offerFollowUp(VolunteersRequested requested) {
        help.offer(new Help(ServiceKind.FOLLOW_UP_VOLUNTEER, ServiceSource.JOINT_MEETING,
                String.valueOf(requested.escalationId()), requested.communityCode(), "联席会议跟进志愿",
                requested.task(), requested.volunteers(), null));
    }
}
