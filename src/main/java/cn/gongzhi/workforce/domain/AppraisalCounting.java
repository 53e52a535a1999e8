package cn.gongzhi.workforce.domain;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.members.ServiceFigures;
import cn.gongzhi.registry.PartyMemberLogins;
import cn.gongzhi.registry.WorkerAppraisals;
import cn.gongzhi.registry.WorkerAppraisals.Appraisee;
import cn.gongzhi.supervision.SupervisionService;
import cn.gongzhi.supervision.SupervisionService.Summary;
import cn.gongzhi.supervision.SupervisionUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Counts a worker's figures for the appraisal year from the records, each from the module that owns it (nothing is
 * copied or recomputed here):
 * <ul>
 *   <li>petitions assigned to her, their response, resolution and satisfaction rates as counts, what of hers is overdue
 *       now and the callbacks on her petitions: the supervision module's figures for the unit WORKER, as the street's
 *       supervisors see them ({@link SupervisionService#summary});</li>
 *   <li>training hours credited and required in the year: the registry ({@link WorkerAppraisals#training});</li>
 *   <li>confirmed Party service hours in the year where she is an in-service Party member with a login: the members
 *       module ({@link ServiceFigures#memberHours}).</li>
 * </ul>
 * Meetings she organised are not counted: the deliberation module records who proposed a matter and who recorded a
 * meeting's minutes, not who organised it (docs).
 */
@Component
public class AppraisalCounting {

    private final SupervisionService supervision;
    private final WorkerAppraisals workers;
    private final PartyMemberLogins logins;
    private final ServiceFigures service;

    AppraisalCounting(SupervisionService supervision, WorkerAppraisals workers, PartyMemberLogins logins,
            ServiceFigures service) {
        this.supervision = supervision;
        this.workers = workers;
        this.logins = logins;
        this.service = service;
    }

    public WorkFigures count(Appraisee worker, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Summary s = supervision.summary(List.of(GroupIds.streetSupervisors(worker.streetCode())), from, to,
                SupervisionUnit.WORKER, worker.username());
        var training = workers.training(worker.id(), year);
        BigDecimal party = logins.inServiceMember(worker.username())
                .map(member -> service.memberHours(member, from, to).setScale(1, RoundingMode.HALF_UP)).orElse(null);
        return new WorkFigures(s.received(), s.responseRate().part(), s.responseRate().whole(),
                s.resolutionRate().part(), s.resolutionRate().whole(), s.satisfactionRate().part(),
                s.satisfactionRate().whole(), s.overdueNow(), s.resolutionRate().whole(), training.hoursCredited(),
                training.hoursRequired(), party);
    }
}
