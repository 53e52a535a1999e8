package cn.gongzhi.petition.process;

import cn.gongzhi.petition.EscalationContract;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Names in processes/ResidentPetitionProcess.bpmn: the process key, element ids, messages and variables. */
public final class ResidentPetitionProcess {

    public static final String KEY = "ResidentPetitionProcess";

    // elements
    public static final String START = "StartEvent_PetitionReceived";
    public static final String REGISTER = "Activity_RegisterPetition";
    public static final String DISPATCH = "Activity_DispatchPetition";
    public static final String CHECK_ACCESS_LIST = "Activity_CheckAccessList";
    public static final String HANDLE_RETURNED = "Activity_HandleReturnedPetition";
    public static final String ASSIGN = "Activity_AssignPetition";
    public static final String CONTACT = "Activity_ContactPetitioner";
    public static final String HANDLE = "Activity_HandlePetition";
    public static final String CALLBACK = "Activity_CallBackPetitioner";
    public static final String EVALUATE_CALLBACK = "Activity_EvaluateCallback";
    public static final String REOPEN = "Activity_ReopenPetition";
    public static final String CLOSE = "Activity_ClosePetition";
    public static final String SUPERVISE_OVERDUE = "Activity_SuperviseOverduePetition";
    public static final String CONTACT_REMINDER = "Event_ContactReminderDue";
    public static final String CONTACT_OVERDUE = "Event_ContactOverdue";
    public static final String HANDLING_REMINDER = "Event_HandlingReminderDue";
    public static final String HANDLING_OVERDUE = "Event_HandlingOverdue";
    public static final String ESCALATION_REQUESTED = "Event_EscalationRequested";
    public static final String ESCALATION_RESOLVED = "Event_EscalationResolved";
    public static final String CLOSED = "Event_PetitionClosed";

    // messages: the contract with the joint-meeting escalation process (docs/processes/petition.md)
    /** Thrown by the petition; starts the escalation. Business key: the petition number. */
    public static final String MESSAGE_ESCALATION_REQUESTED = EscalationContract.REQUESTED;
    /** Correlated by the escalation to the waiting petition by business key, with {@link #ESCALATION_OUTCOME}. */
    public static final String MESSAGE_ESCALATION_RESOLVED = EscalationContract.RESOLVED;

    // variables (form field keys and DMN inputs and outputs use the same names)
    public static final String PETITION_ID = "petitionId";
    public static final String PETITION_NUMBER = "petitionNumber";
    public static final String COMMUNITY_CODE = "communityCode";
    public static final String COMMUNITY_TYPE = "communityType";
    public static final String CATEGORY = "category";
    public static final String HANDLING_LEVEL = "handlingLevel";
    public static final String URGENCY = "urgency";
    public static final String FIRST_CONTACT_LIMIT = "firstContactLimit";
    public static final String RESOLUTION_LIMIT = "resolutionLimit";
    public static final String FIRST_CONTACT_DUE = "firstContactDue";
    public static final String CONTACT_REMINDER_AT = "contactReminderAt";
    public static final String RESOLUTION_DUE = "resolutionDue";
    public static final String HANDLING_REMINDER_AT = "handlingReminderAt";
    public static final String ACCESS_VERDICT = "accessVerdict";
    public static final String RETURN_DEPARTMENT_CODE = "returnDepartmentCode";
    public static final String ASSIGNEE = "assignee";
    public static final String HANDLING_OUTCOME = "handlingOutcome";
    public static final String CALLBACK_VERDICT = "callbackVerdict";
    public static final String ESCALATION_OUTCOME = EscalationContract.OUTCOME;
    /** Input parameter of the reminder and overdue steps: CONTACT or HANDLING. */
    public static final String STAGE = "stage";

    public static final String ADMISSIBLE = "ADMISSIBLE";
    public static final String RETURN = "RETURN";

    /** Personal information: never a process variable, never in history (see PersonalDataHistoryFilter). */
    public static final Set<String> PERSONAL_DATA = Set.of("petitionerName", "petitionerPhone", "petitionerIdNumber");

    /** Free text of the Tasklist start form: moved into the petition table, kept out of variables and history. */
    public static final Set<String> INTAKE_TEXT = Set.of("description", "location", "gridCode");

    /** Form fields recorded in the timeline and then removed from the process. */
    public static final Set<String> RECORDED_FORM_FIELDS = Set.of("contactNote", "measures", "escalationReason",
            "resolved", "satisfaction", "callbackComment", "departmentResponse", "supervisionNote");

    private ResidentPetitionProcess() {}

    /** The petition record this instance works on. */
    public static long petitionId(VariableScope scope) {
        return ((Number) scope.getVariable(PETITION_ID)).longValue();
    }
}
