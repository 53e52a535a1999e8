package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.CommunityWorkerRepository;
import cn.gongzhi.registry.domain.GradeChange;
import cn.gongzhi.registry.domain.GradeChangeRepository;
import cn.gongzhi.registry.domain.WorkerAppraisal;
import cn.gongzhi.registry.domain.WorkerAppraisalRepository;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a community worker's grade changes and her yearly appraisal is recorded, each checked against the
 * records before anything is written ({@link WorkerRules}, {@link WorkerAccess}):
 * <ol>
 *   <li>the new grade lies within her post's range (400 naming {@code grade});</li>
 *   <li>a step for years of service needs the configured full years since her grade last changed (400 naming
 *       {@code effectiveOn});</li>
 *   <li>every change writes a line of her grade history with its reason and who made it, in the same transaction;</li>
 *   <li>an appraisal is decided by the office of her street and proposed, if at all, by the head of her own
 *       community; nobody appraises or proposes herself (403, {@link StepRefused}); one result per worker and
 *       year.</li>
 * </ol>
 */
@Service
@Transactional
public class WorkerChanges {

    public static final String EFFECTIVE_ON_FIELD = "effectiveOn";
    public static final String YEAR_FIELD = "year";

    private final CommunityWorkerRepository workers;
    private final GradeChangeRepository grades;
    private final WorkerAppraisalRepository appraisals;
    private final WorkerRules rules;
    private final WorkerAccess access;
    private final Clock clock;

    WorkerChanges(CommunityWorkerRepository workers, GradeChangeRepository grades,
            WorkerAppraisalRepository appraisals, WorkerRules rules, WorkerAccess access, Clock clock) {
        this.workers = workers;
        this.grades = grades;
        this.appraisals = appraisals;
        this.rules = rules;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Changes the worker's grade (and, for {@link GradeChangeReason#POST_CHANGE}, her post) from the given day, and
     * writes the line of her grade history.
     */
    public void changeGrade(long workerId, WorkerPost post, int toGrade, LocalDate effectiveOn,
            GradeChangeReason reason, String by) {
        CommunityWorker worker = workers.findById(workerId).orElseThrow(() -> new RecordNotFoundException("社区工作者",
                workerId));
        WorkerPost newPost = post == null ? worker.getPost() : post;
        rules.checkGrade(newPost, toGrade);
        if (reason == GradeChangeReason.SERVICE_YEARS) {
            LocalDate since = lastChange(workerId);
            if (since != null && !rules.isServiceStepDue(since, effectiveOn)) {
                throw new InvalidFieldException(EFFECTIVE_ON_FIELD, "按工作年限晋级须在现等级任满规定年限（自 " + since
                        + " 起），" + effectiveOn + " 尚未届满");
            }
        }
        recorded(worker, newPost, toGrade, effectiveOn, reason, by);
    }

    /**
     * Records what the registry's own write did to a worker's post and grade: a new worker takes up her post
     * ({@link GradeChangeReason#POST_CHANGE}, from no grade), an administrator moves her to another post (POST_CHANGE)
     * or corrects her grade ({@link GradeChangeReason#CORRECTION}); nothing when neither changed. The worker is saved first when
     * new, so that the line can name her.
     */
    public void registered(CommunityWorker worker, Integer previousGrade, WorkerPost previousPost, String by) {
        if (worker.getId() == null) {
            workers.saveAndFlush(worker);
        }
        if (previousGrade != null && previousGrade == worker.getGrade() && previousPost == worker.getPost()) {
            return;
        }
        GradeChangeReason reason = previousPost != worker.getPost()
                ? GradeChangeReason.POST_CHANGE : GradeChangeReason.CORRECTION;
        grades.save(new GradeChange(worker.getId(), previousGrade, worker.getGrade(), LocalDate.now(clock), reason, by,
                clock.instant()));
    }

    /**
     * Records the street office's appraisal of a worker for a year, proposed by her community's head (or by nobody,
     * when the street appraises directly).
     */
    public void appraise(long workerId, int year, AppraisalResult result, String proposedBy, String appraisedBy) {
        CommunityWorker worker = workers.findById(workerId).orElseThrow(() -> new RecordNotFoundException("社区工作者",
                workerId));
        if (!access.mayAppraise(appraisedBy, worker)) {
            throw new StepRefused(appraisedBy + " 不是该工作者所在街道的考核人员，或是其本人：年度考核由街道作出，本人不能考核自己");
        }
        if (proposedBy != null && !access.mayPropose(proposedBy, worker)) {
            throw new StepRefused(proposedBy + " 不是该工作者所在社区的负责人，或是其本人：考核建议由本社区负责人提出，本人不能为自己提出");
        }
        if (year > LocalDate.now(clock).getYear()) {
            throw new InvalidFieldException(YEAR_FIELD, "不能考核尚未开始的年度 " + year);
        }
        if (appraisals.findByWorkerIdAndAppraisalYear(workerId, year).isPresent()) {
            throw new InvalidFieldException(YEAR_FIELD, worker.getName() + " 的 " + year + " 年度考核已有结果");
        }
        appraisals.save(new WorkerAppraisal(workerId, year, result, proposedBy, appraisedBy, clock.instant()));
    }

    private LocalDate lastChange(long workerId) {
        List<GradeChange> history = grades.findByWorkerIdOrderByEffectiveOnAscIdAsc(workerId);
        return history.isEmpty() ? null : history.get(history.size() - 1).getEffectiveOn();
    }

    private void recorded(CommunityWorker worker, WorkerPost post, int toGrade, LocalDate effectiveOn,
            GradeChangeReason reason, String by) {
        grades.save(new GradeChange(worker.getId(), worker.getGrade(), toGrade, effectiveOn, reason, by,
                clock.instant()));
        worker.setPost(post);
        worker.setGrade(toGrade);
    }
}
