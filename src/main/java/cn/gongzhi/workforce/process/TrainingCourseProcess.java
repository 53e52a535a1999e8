package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import cn.gongzhi.workforce.domain.TrainingCourses;
import java.util.List;
import java.util.Set;

/**
 * The contract of processes/TrainingCourseProcess.bpmn (培训课程): one instance per course, started by the street
 * office (a seat on the street's Party working committee, {@link TrainingStarters}) with the course's start form; the
 * course is the registry's record, the instance carries its id and the street whose office records attendance.
 */
public final class TrainingCourseProcess {

    public static final String KEY = "TrainingCourseProcess";
    public static final String START = "StartEvent_CourseRegistrationStarted";
    public static final String REGISTER = "Activity_RegisterCourse";
    public static final String COURSE_ENDED = "Event_CourseEnded";
    public static final String RECORD_ATTENDANCE = "Activity_RecordAttendance";
    public static final String ATTENDANCE_RECORDED = "Event_AttendanceRecorded";

    public static final ProcessVariable<Long> COURSE_ID = ProcessVariable.number("trainingCourseId");
    /** The course's street: its office (street-party-&lt;code&gt;) records the attendance. */
    public static final ProcessVariable<String> STREET_CODE = ProcessVariable.text("streetCode");

    public static final String TITLE = "title";
    public static final String PROVIDER = "provider";
    public static final String HOURS = TrainingCourses.HOURS_FIELD;
    public static final String STARTS_ON = "startsOn";
    public static final String ENDS_ON = TrainingCourses.ENDS_FIELD;
    public static final List<String> START_FIELDS = List.of(TITLE, PROVIDER, HOURS, STARTS_ON, ENDS_ON);
    public static final String ATTENDANCE = TrainingCourses.ATTENDANCE_FIELD;
    public static final String WORKER_OPTIONS = "attendanceWorkerOptions";

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(COURSE_ID, STREET_CODE, CommonVariables.MATTER_CATEGORY, CommonVariables.MATTER_SUMMARY)
            .startForm(START, START_FIELDS.toArray(String[]::new))
            .form(RECORD_ATTENDANCE, ATTENDANCE)
            .recorded(Set.of(TITLE, PROVIDER, HOURS, STARTS_ON, ENDS_ON, ATTENDANCE))
            .build();

    private TrainingCourseProcess() {}
}
