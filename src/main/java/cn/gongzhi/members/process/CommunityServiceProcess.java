package cn.gongzhi.members.process;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import java.util.Set;

/**
 * The contract of processes/CommunityServiceProcess.bpmn (社区服务): key, element ids, typed variables and forms. The
 * community Party organisation or committee starts it by hand ({@link ServicePublishers}), or the members module for
 * an item a procedure offers ({@link cn.gongzhi.members.MemberHelp}, no form); the instance carries the
 * item's id, its community and the values its gateways route on, nothing else: the item, the claims and the resident
 * are the members module's records.
 */
public final class CommunityServiceProcess {

    public static final String KEY = "CommunityServiceProcess";
    public static final String START = "StartEvent_ServiceItemDrafted";
    public static final String PUBLISH = "Activity_PublishServiceItem";
    public static final String CLAIM = "Activity_ClaimServiceItem";
    public static final String CLAIM_DEADLINE = "Event_ClaimDeadlinePassed";
    public static final String REVIEW_UNCLAIMED = "Activity_ReviewUnclaimedPlaces";
    public static final String SETTLE_LAPSED_OFFER = "Activity_SettleLapsedOffer";
    public static final String CANCELLED = "Event_ServiceItemCancelled";
    public static final String REMINDER_DUE = "Event_ReminderDue";
    public static final String REMIND = "Activity_RemindMembers";
    public static final String SERVICE_OF_MEMBER = "SubProcess_ServiceOfMember";
    public static final String RECORD_SERVICE = "Activity_RecordService";
    public static final String RECORD_OVERDUE = "Event_RecordOverdue";
    public static final String RECORD_NO_SHOW = "Activity_RecordNoShow";
    public static final String CONFIRM_SERVICE = "Activity_ConfirmService";
    public static final String RECORD_RESIDENT = "Activity_RecordResidentConfirmation";
    public static final String CLOSE = "Activity_CloseServiceItem";
    public static final String CLOSED = "Event_ServiceItemClosed";

    public static final ProcessVariable<Long> ITEM_ID = ProcessVariable.number("serviceItemId");
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;
    /** Whether it is a micro-wish: the resident's confirmation follows the service. */
    public static final ProcessVariable<Boolean> MICRO_WISH = ProcessVariable.flag("microWish");
    /**
     * Whether a procedure offered the item (docs/processes/party-members.md): started with the item's id and no form;
     * at the claim deadline the offer lapses by itself instead of asking the branch.
     */
    public static final ProcessVariable<Boolean> PROCEDURE_OFFER = ProcessVariable.flag("procedureOffer");
    /** Whether places remain after a claim: the claim task opens again. */
    public static final ProcessVariable<Boolean> PLACES_OPEN = ProcessVariable.flag("placesOpen");
    /** The branch's decision at the claim deadline: {@link #GO_AHEAD} or {@link #CANCEL}. */
    public static final ProcessVariable<String> GO_AHEAD_DECISION = ProcessVariable.text("goAhead");
    public static final String GO_AHEAD = "GO_AHEAD";
    public static final String CANCEL = "CANCEL";
    /** Element variable of the members' service: the claim each instance settles. */
    public static final ProcessVariable<Long> CLAIM_ID = ProcessVariable.number("claimId");
    /** The branch's decision on a recorded service: {@link #CONFIRM} or {@link #RETURN}; local to the member's scope. */
    public static final ProcessVariable<String> SERVICE_CONFIRMED = ProcessVariable.text("serviceConfirmed");
    public static final String CONFIRM = "CONFIRM";
    public static final String RETURN = "RETURN";

    // the start form's fields
    public static final String KIND = "kind";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String PLACES = "places";
    public static final String STARTS_AT = "startsAt";
    public static final String ENDS_AT = "endsAt";
    public static final String CLAIM_DEADLINE_FIELD = "claimDeadline";
    /** A micro-wish's resident (contact fields: never in history, moved into the item's columns at once). */
    public static final String RESIDENT_NAME = "residentName";
    public static final String RESIDENT_PHONE = "residentPhone";
    // the other forms' fields
    public static final String HOURS = "hours";
    public static final String WORK_DONE = "workDone";
    public static final String SEND_BACK_REASON = "sendBackReason";
    public static final String WISH_MET = "wishMet";
    public static final String RESIDENT_NOTE = "residentNote";

    static final Set<String> START_FIELDS = Set.of(KIND, TITLE, DESCRIPTION, PLACES, STARTS_AT, ENDS_AT,
            CLAIM_DEADLINE_FIELD, RESIDENT_NAME, RESIDENT_PHONE);

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(ITEM_ID, COMMUNITY_CODE, MICRO_WISH, PROCEDURE_OFFER, PLACES_OPEN, CLAIM_ID, GO_AHEAD_DECISION, SERVICE_CONFIRMED,
                    CommonVariables.MATTER_CATEGORY,
                    CommonVariables.MATTER_PLACE)
            .startForm(START, START_FIELDS.toArray(String[]::new))
            .form(CLAIM)
            .form(REVIEW_UNCLAIMED, GO_AHEAD_DECISION.name())
            .form(RECORD_SERVICE, HOURS, WORK_DONE)
            .form(CONFIRM_SERVICE, SERVICE_CONFIRMED.name(), SEND_BACK_REASON)
            .form(RECORD_NO_SHOW)
            .form(RECORD_RESIDENT, WISH_MET, RESIDENT_NOTE)
            .recorded(Set.of(HOURS, WORK_DONE, SEND_BACK_REASON, WISH_MET, RESIDENT_NOTE))
            .recorded(START_FIELDS)
            .build();

    private CommunityServiceProcess() {}
}
