package cn.gongzhi.members;

import cn.gongzhi.members.MemberRecords.FeedbackLine;
import cn.gongzhi.members.domain.AnnualFeedbackLine;
import cn.gongzhi.members.domain.AnnualFeedbackLineRepository;
import cn.gongzhi.members.domain.AnnualFeedbackPart;
import cn.gongzhi.members.domain.AnnualFeedbackPartRepository;
import cn.gongzhi.members.domain.AnnualFeedbackReport;
import cn.gongzhi.members.domain.AnnualFeedbackReportRepository;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's lines of the annual feedback as her record page shows them: only those her community's branch has sent
 * (a draft under review is not hers to read yet), newest year first.
 */
@Component
@Transactional(readOnly = true)
class AnnualFeedbackReading {

    private final AnnualFeedbackLineRepository lines;
    private final AnnualFeedbackPartRepository parts;
    private final AnnualFeedbackReportRepository reports;
    private final RegistryService registry;

    AnnualFeedbackReading(AnnualFeedbackLineRepository lines, AnnualFeedbackPartRepository parts,
            AnnualFeedbackReportRepository reports, RegistryService registry) {
        this.lines = lines;
        this.parts = parts;
        this.reports = reports;
        this.registry = registry;
    }

    List<FeedbackLine> linesOf(long memberId) {
        List<FeedbackLine> out = new ArrayList<>();
        for (AnnualFeedbackLine line : lines.findByMemberIdOrderByIdDesc(memberId)) {
            Optional<AnnualFeedbackPart> part = parts.findById(line.getPartId())
                    .filter(p -> p.getStatus() == FeedbackStatus.SENT);
            if (part.isEmpty()) {
                continue;
            }
            AnnualFeedbackReport report = reports.findById(part.get().getReportId()).orElseThrow();
            FeedbackFigures f = line.figures();
            out.add(new FeedbackLine(report.getYear(), registry.community(part.get().getCommunityCode())
                    .map(CommunityRef::name).orElse(part.get().getCommunityCode()), f.confirmedHours(),
                    f.confirmations(), line.getMemberComment(), part.get().getSentAt(), report.getConfirmedAt()));
        }
        return out;
    }
}
