package cn.gongzhi.escalation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gongzhi.escalation.domain.Evaluations.RatingEntry;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Starter;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The street evaluates the departments: a liaison of a summoned department never rates it (or the others). */
class DepartmentEvaluationTest {

    private static final long ESCALATION = 7L;
    private final EscalationRepository escalations = mock(EscalationRepository.class);
    private final EscalationDepartmentRepository departments = mock(EscalationDepartmentRepository.class);
    private final Evaluations records = new Evaluations(new EscalationLedger(escalations,
            mock(EscalationPetitionRepository.class), departments, mock(CommitmentRepository.class),
            mock(EscalationEventRepository.class), mock(RegistryService.class),
            Clock.system(ZoneId.of("Asia/Shanghai"))));
    private final EscalationDepartment housing = new EscalationDepartment(ESCALATION, "housing", LocalDateTime.now(),
            LocalDateTime.now().plusHours(1));
    private final List<RatingEntry> ratings = List.of(new RatingEntry("housing", 5, 5, 4));
    private final String form = "水泵已更换";

    @BeforeEach
    void oneDepartmentSummoned() {
        when(departments.findByEscalationIdOrderById(ESCALATION)).thenReturn(List.of(housing));
        when(departments.findByEscalationIdAndDepartmentCode(ESCALATION, "housing")).thenReturn(Optional.of(housing));
        when(escalations.findById(ESCALATION)).thenReturn(Optional.of(new Escalation("heyuan", "qinghe",
                "PROPERTY_MANAGEMENT", "MANUAL", "wangfang", LocalDateTime.now(), "instance-1")));
    }

    @Test
    void aMemberOfTheStreetCommitteeWhoIsAlsoTheDepartmentsLiaisonIsRefused() {
        Starter both = new Starter("gaojian", Set.of("street-party-qinghe", "dept-housing"));
        assertThatThrownBy(() -> records.evaluate(ESCALATION, ratings, form, both)).isInstanceOf(StepRefused.class)
                .hasMessageContaining("gaojian").hasMessageContaining("housing");
        assertThat(housing.getRatingOnTime()).isNull();
    }

    @Test
    void whoeverReportedTheDepartmentInIsRefusedToo() {
        housing.reportedIn("linxiao", LocalDateTime.now());
        Starter reporter = new Starter("linxiao", Set.of("street-party-qinghe"));
        assertThatThrownBy(() -> records.evaluate(ESCALATION, ratings, form, reporter)).isInstanceOf(StepRefused.class);
    }

    @Test
    void theStreetRatesTheDepartment() {
        records.evaluate(ESCALATION, ratings, form, new Starter("gaojian", Set.of("street-party-qinghe")));
        assertThat(housing.getRatingOnTime()).isEqualTo(5);
    }

    @Test
    void aRowForADepartmentNotConvenedAMissingRowAndAScoreOutOfRangeAreRefusedNamingTheField() {
        Starter street = new Starter("gaojian", Set.of("street-party-qinghe"));
        assertThatThrownBy(() -> records.evaluate(ESCALATION, List.of(new RatingEntry("housing", 5, 5, 4),
                new RatingEntry("water", 5, 5, 5)), form, street)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("只能为召集的部门评分").extracting("field").isEqualTo("ratings");
        assertThatThrownBy(() -> records.evaluate(ESCALATION, List.of(), form, street))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("还需为这些部门评分");
        for (Object outOfRange : new Object[] {0, 6, "4.5", "五", null}) {
            assertThatThrownBy(() -> records.evaluate(ESCALATION, List.of(new RatingEntry("housing", 5, outOfRange,
                    4)), form, street)).as("score %s", outOfRange).isInstanceOf(InvalidFieldException.class)
                    .hasMessageContaining("成效");
        }
        assertThatThrownBy(() -> records.evaluate(ESCALATION, List.of(new RatingEntry("housing", 5, 5, 4),
                new RatingEntry("housing", 1, 1, 1)), form, street)).hasMessageContaining("只能评分一次");
        assertThat(housing.getRatingOnTime()).as("nothing recorded").isNull();
        records.evaluate(ESCALATION, List.of(new RatingEntry("housing", 1, "5", 3)), form, street);
        assertThat(housing.getRatingEffective()).isEqualTo(5);
    }
}
