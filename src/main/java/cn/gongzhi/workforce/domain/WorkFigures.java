package cn.gongzhi.workforce.domain;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * A worker's figures for the appraisal year as counted from the records (docs/processes/workers.md, "Annual
 * appraisal"): petitions assigned to her and their three rates as counts (contacted on time of due for contact,
 * resolved of called back, satisfied of called back: the supervision module's definitions), what of hers is overdue at
 * the count, the callbacks on her petitions, training hours credited against required, and her confirmed Party service
 * hours ({@code null}: she is not an in-service Party member with a login).
 */
@Embeddable
public record WorkFigures(Integer petitions, Integer responsePart, Integer responseWhole, Integer resolutionPart,
        Integer resolutionWhole, Integer satisfactionPart, Integer satisfactionWhole, Integer overdueNow,
        Integer callbacks, Integer trainingHours, Integer trainingRequired, BigDecimal partyHours) {}
