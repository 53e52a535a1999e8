package cn.gongzhi.workforce.domain;

import cn.gongzhi.registry.AppraisalResult;
import cn.gongzhi.registry.WorkerAppraisals;
import cn.gongzhi.registry.WorkerAppraisals.Appraisee;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A street's yearly appraisal up to the decisions (docs/processes/workers.md, "Annual appraisal"): the round and a
 * sheet per worker, her self-report, the figures counted from the records, the proposal and the decision, each checked
 * against who is asking ({@link AppraisalPeople}) before anything is written. What follows the decisions (publicity,
 * objections, the final result and grade change, the follow-up) is {@link AppraisalSettlement}'s.
 */
@Service("appraisalRecords")
@Transactional
public class AnnualAppraisals {

    public static final String STREET_FIELD = "appraisalStreet";
    public static final String YEAR_FIELD = "appraisalYear";
    public static final String SELF_REPORT_FIELD = "selfReport";
    public static final String RESULT_FIELD = "proposedResult";
    public static final String DECIDED_FIELD = "decidedResult";

    private final AppraisalRoundRepository rounds;
    private final AppraisalSheetRepository sheets;
    private final WorkerAppraisals workers;
    private final AppraisalPeople people;
    private final AppraisalCounting counting;
    private final AppraisalProperties properties;
    private final Clock clock;

    AnnualAppraisals(AppraisalRoundRepository rounds, AppraisalSheetRepository sheets, WorkerAppraisals workers,
            AppraisalPeople people, AppraisalCounting counting, AppraisalProperties properties, Clock clock) {
        this.rounds = rounds;
        this.sheets = sheets;
        this.workers = workers;
        this.people = people;
        this.counting = counting;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens the street's appraisal of the year with a sheet for each of its workers. Refused naming the field: a year
     * not yet begun, a street and year already started (the unique key also keeps a second node out), a street without
     * workers.
     */
    public long open(String streetCode, int year, String by) {
        if (year > LocalDate.now(clock).getYear()) {
            throw new InvalidFieldException(YEAR_FIELD, "不能考核尚未开始的年度 " + year);
        }
        if (rounds.findByStreetCodeAndAppraisalYear(streetCode, year).isPresent()) {
            throw new InvalidFieldException(YEAR_FIELD, "该街道 " + year + " 年度考核已发起，不能重复发起");
        }
        List<Appraisee> staff = workers.ofStreet(streetCode);
        if (staff.isEmpty()) {
            throw new InvalidFieldException(STREET_FIELD, "该街道没有登记的社区工作者");
        }
        AppraisalRound round = rounds.saveAndFlush(new AppraisalRound(streetCode, year, by, clock.instant()));
        staff.forEach(w -> sheets.save(new AppraisalSheet(round.getId(), w.id())));
        return round.getId();
    }

    public void bind(long roundId, String processInstanceId) {
        round(roundId).bind(processInstanceId);
    }

    @Transactional(readOnly = true)
    public AppraisalRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new RecordNotFoundException("年度考核", roundId));
    }

    @Transactional(readOnly = true)
    public AppraisalSheet sheet(long sheetId) {
        return sheets.findById(sheetId).orElseThrow(() -> new RecordNotFoundException("考核表", sheetId));
    }

    @Transactional(readOnly = true)
    public List<AppraisalSheet> sheets(long roundId) {
        return sheets.findByRoundIdOrderById(roundId);
    }

    @Transactional(readOnly = true)
    public Appraisee workerOf(long sheetId) {
        return workers.worker(sheet(sheetId).getWorkerId());
    }

    /** The worker's self-report (述职), by herself only, within the configured length. */
    public void selfReport(long sheetId, String text, String actor) {
        Appraisee worker = workerOf(sheetId);
        if (!worker.username().equals(actor)) {
            throw new StepRefused("述职由" + worker.name() + "本人填写；" + actor + " 不是");
        }
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() < properties.selfReportMin() || trimmed.length() > properties.selfReportMax()) {
            throw new InvalidFieldException(SELF_REPORT_FIELD, "述职须为 " + properties.selfReportMin() + "–"
                    + properties.selfReportMax() + " 个字，现为 " + trimmed.length() + " 个字");
        }
        sheet(sheetId).selfReported(trimmed, clock.instant());
    }

    /** Counts (or recounts) the sheet's figures from the records; the new figures replace the old. */
    public WorkFigures count(long sheetId, boolean recount) {
        AppraisalSheet sheet = sheet(sheetId);
        WorkFigures figures = counting.count(workers.worker(sheet.getWorkerId()), round(sheet.getRoundId())
                .getAppraisalYear());
        sheet.counted(figures, clock.instant(), recount);
        return figures;
    }

    /** The proposal, by one of {@link AppraisalPeople#proposers}; 403 for anyone else. */
    public void propose(long sheetId, AppraisalResult result, String comment, String actor) {
        Appraisee worker = workerOf(sheetId);
        if (!people.proposers(worker).contains(actor)) {
            throw new StepRefused(actor + " 不能为" + worker.name() + "提出考核建议：由其所在社区负责人提出"
                    + "（本人为负责人时由街道提出），本人不能为自己提出");
        }
        sheet(sheetId).proposed(result, comment, actor, clock.instant());
    }

    /** The decision, by one of {@link AppraisalPeople#deciders}; 403 for anyone else (the proposer, herself). */
    public void decide(long sheetId, AppraisalResult result, String comment, String actor) {
        AppraisalSheet sheet = sheet(sheetId);
        Appraisee worker = workers.worker(sheet.getWorkerId());
        if (!people.deciders(worker, sheet.getProposedBy()).contains(actor)) {
            throw new StepRefused(actor + " 不能决定" + worker.name() + "的考核结果：由其所在街道作出，提出建议的人"
                    + "和本人不能决定");
        }
        sheet.decided(result, comment, actor, clock.instant());
    }
}
