package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import java.util.Set;

/**
 * The contract of processes/QualificationRecordProcess.bpmn (登记职业资格): key, element ids, typed variables and forms.
 * A community worker starts it for herself ({@link QualificationStarters}); the start form's values leave the instance
 * in its first step (the certificate number is a contact field: never masked on entry, never in history) and the
 * submission is our record; the instance carries its id, her community and street and the street office's decision.
 */
public final class QualificationRecordProcess {

    public static final String KEY = "QualificationRecordProcess";
    public static final String START = "StartEvent_QualificationSubmitted";
    public static final String REGISTER = "Activity_RegisterQualification";
    public static final String VERIFY = "Activity_VerifyQualification";
    public static final String CONFIRMED = "Event_QualificationRecorded";
    public static final String REJECTED = "Event_QualificationRejected";

    /** The submission (our record, qualification_submission). */
    public static final ProcessVariable<Long> SUBMISSION_ID = ProcessVariable.number("qualificationSubmissionId");
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;
    /** The street of her community: its office verifies (candidate group street-party-…). */
    public static final ProcessVariable<String> STREET_CODE = ProcessVariable.text("streetCode");
    /** The street office's decision: {@link #CONFIRM} or {@link #REJECT}; routes the gateway. */
    public static final ProcessVariable<String> DECISION = ProcessVariable.text("qualificationDecision");
    public static final String CONFIRM = "CONFIRM";
    public static final String REJECT = "REJECT";

    // the start form's fields: they leave the instance in Activity_RegisterQualification
    public static final String LEVEL = "level";
    /** A contact field (dataKind contact): personal data, never in variables kept, history or logs. */
    public static final String CERTIFICATE_NUMBER = "certificateNumber";
    public static final String ISSUED_ON = "issuedOn";
    public static final String VALID_UNTIL = "validUntil";
    /** Why the street office rejects it (free text). */
    public static final String REJECT_REASON = "rejectReason";

    static final Set<String> START_FIELDS = Set.of(LEVEL, CERTIFICATE_NUMBER, ISSUED_ON, VALID_UNTIL);

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(SUBMISSION_ID, COMMUNITY_CODE, STREET_CODE, DECISION, CommonVariables.MATTER_CATEGORY,
                    CommonVariables.MATTER_PLACE, CommonVariables.MATTER_SUMMARY)
            .startForm(START, START_FIELDS.toArray(String[]::new))
            .form(VERIFY, DECISION.name(), REJECT_REASON)
            .recorded(START_FIELDS)
            .recorded(Set.of(REJECT_REASON))
            .build();

    private QualificationRecordProcess() {}
}
