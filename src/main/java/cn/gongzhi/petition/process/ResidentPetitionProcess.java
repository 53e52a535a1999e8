package cn.gongzhi.petition.process;

import cn.gongzhi.petition.EscalationContract;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import cn.gongzhi.petition.PetitionSubmission;
import java.util.Set;

/**
 * The contract of processes/ResidentPetitionProcess.bpmn: the process key, element ids, messages and typed variables,
 * and what each form may submit. Nothing else spells these names.
 */
public final class ResidentPetitionProcess {

    public static final String KEY = "ResidentPetitionProcess";

    // elements
    public static final String START = "StartEvent_PetitionReceived";
    public static final String REGISTER = "Activity_RegisterPetition";
    /** The recorder's first step when her login does not say which community the petition is in. */
    public static final String CHOOSE_COMMUNITY = "Activity_ChooseCommunity";
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

    // variables: the system's (form field keys and DMN inputs and outputs use the same names). Stored are only the
    // petition's id, its community (candidate groups), a returned petition's department and the handling form's
    // outcome (kept out of history); the number, category and place live on the petition (Tasklist's rows are set on
    // each task from it, PetitionForms), and the decision's inputs and the verdicts the gateways route on are
    // transient (ProcessVariable.setTransient): never a row, never history. The names stay listed below so that
    // nobody outside the engine may write them.
    public static final ProcessVariable<Long> PETITION_ID = ProcessVariable.number("petitionId");
    public static final ProcessVariable<String> PETITION_NUMBER = EscalationContract.PETITION_NUMBER;
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;
    public static final ProcessVariable<String> COMMUNITY_TYPE = ProcessVariable.text("communityType");
    public static final ProcessVariable<String> CATEGORY = EscalationContract.CATEGORY;
    public static final ProcessVariable<String> MATTER_NUMBER = CommonVariables.MATTER_NUMBER;
    public static final ProcessVariable<String> MATTER_CATEGORY = CommonVariables.MATTER_CATEGORY;
    public static final ProcessVariable<String> MATTER_PLACE = CommonVariables.MATTER_PLACE;
    /** Who entered the petition in Tasklist: her first step (choosing the community) is assigned to her. */
    public static final ProcessVariable<String> RECORDED_BY = ProcessVariable.text("recordedBy");
    public static final ProcessVariable<String> ACCESS_VERDICT = ProcessVariable.text("accessVerdict");
    public static final ProcessVariable<String> RETURN_DEPARTMENT_CODE = ProcessVariable.text("returnDepartmentCode");
    /** Routed on after the handling form: RESOLVED or BEYOND_COMMUNITY (the timeline records it: not history). */
    public static final ProcessVariable<String> HANDLING_OUTCOME = ProcessVariable.text("handlingOutcome");
    public static final ProcessVariable<String> CALLBACK_VERDICT = ProcessVariable.text("callbackVerdict");
    public static final ProcessVariable<String> ESCALATION_OUTCOME = EscalationContract.OUTCOME;
    /** Input parameter of the reminder and overdue steps: CONTACT or HANDLING. */
    public static final ProcessVariable<String> STAGE = ProcessVariable.text("stage");

    /**
     * What our APIs hand the instance they start for a petition they received: the submission (personal information
     * included) and its idempotency key, as a transient variable the engine never stores. The first step records it
     * (Activity_RegisterPetition); nothing from outside the application can set it.
     */
    public static final String INTAKE = "intake";

    /** See {@link #INTAKE}. */
    public record Intake(PetitionSubmission submission, String idempotencyKey) {}

    /** The choose-community form's fields and the options its selects offer (task-local, see FormView). */
    public static final String COMMUNITY_FIELD = "community";
    public static final String GRID_FIELD = "grid";
    public static final String COMMUNITY_OPTIONS = "communityOptions";
    /** The grids offered, per community code: the grid select shows those of the community chosen above it. */
    public static final String GRID_OPTIONS = "gridOptions";

    public static final String ADMISSIBLE = "ADMISSIBLE";
    public static final String RETURN = "RETURN";

    /** Personal information: never a process variable, never in history (see PersonalDataHistoryFilter). */
    public static final Set<String> PERSONAL_DATA = Set.of("petitionerName", "petitionerPhone", "petitionerIdNumber");

    /** Free text of the Tasklist start form: moved into the petition table, kept out of variables and history. */
    public static final Set<String> INTAKE_TEXT = Set.of("description", "location");

    /** Form fields recorded in the timeline and then removed from the process. */
    public static final Set<String> RECORDED_FORM_FIELDS = Set.of(COMMUNITY_FIELD, GRID_FIELD, "contactNote",
            "measures", "escalationReason", "resolved", "satisfaction", "callbackComment", "departmentResponse",
            "supervisionNote");

    /** System variables, start form and task forms (the start rule is added where the registry is at hand). */
    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(PETITION_ID, PETITION_NUMBER, COMMUNITY_CODE, COMMUNITY_TYPE, CATEGORY, MATTER_NUMBER,
                    MATTER_CATEGORY, MATTER_PLACE, CommonVariables.MATTER_SUMMARY, RECORDED_BY, ACCESS_VERDICT,
                    RETURN_DEPARTMENT_CODE, HANDLING_OUTCOME, CALLBACK_VERDICT, ESCALATION_OUTCOME, STAGE)
            .recordFacts(INTAKE, "assignee", "handlingLevel", "urgency", "firstContactLimit", "resolutionLimit",
                    "firstContactDue", "contactReminderAt", "resolutionDue", "handlingReminderAt")
            .startForm(START, "category", "location", "description", "petitionerName", "petitionerPhone",
                    "petitionerIdNumber")
            .form(CHOOSE_COMMUNITY, COMMUNITY_FIELD, GRID_FIELD)
            .form(CONTACT, "contactNote")
            .form(HANDLE, "handlingOutcome", "measures", "escalationReason")
            .form(CALLBACK, "resolved", "satisfaction", "callbackComment")
            .form(HANDLE_RETURNED, "departmentResponse")
            .form(SUPERVISE_OVERDUE, "supervisionNote")
            .recorded(INTAKE_TEXT).recorded(RECORDED_FORM_FIELDS)
            // the timeline records the handling's outcome; the variable stays only for the gateway after the task
            .recorded(Set.of(HANDLING_OUTCOME.name()))
            .build();

    private ResidentPetitionProcess() {}
}
