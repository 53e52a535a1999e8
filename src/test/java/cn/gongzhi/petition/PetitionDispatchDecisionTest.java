package cn.gongzhi.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/PetitionDispatchDecision.dmn, one row per rule. The table is the configuration of the time limits. */
class PetitionDispatchDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream file = new FileInputStream("processes/PetitionDispatchDecision.dmn")) {
            decision = dmn.parseDecision("PetitionDispatchDecision", file);
        }
    }

    @ParameterizedTest(name = "{0} in a {1} community: {2}, {3}, contact {4}, resolve {5}")
    @CsvSource({
            "SAFETY_HAZARD,           URBAN, GRID,       EMERGENCY, PT2H,  PT2H",
            "WATER_SUPPLY,            RURAL, COMMUNITY,  UTILITIES, PT24H, PT24H",
            "WATER_SUPPLY,            URBAN, DEPARTMENT, UTILITIES, PT24H, PT24H",
            "POWER_SUPPLY,            RURAL, DEPARTMENT, UTILITIES, PT24H, PT24H",
            "GAS_SUPPLY,              URBAN, DEPARTMENT, UTILITIES, PT24H, PT24H",
            "HEATING,                 URBAN, DEPARTMENT, UTILITIES, PT24H, PT24H",
            "HEATING,                 RURAL, COMMUNITY,  ORDINARY,  PT24H, P7D",
            "NEIGHBOUR_DISPUTE,       RURAL, COMMUNITY,  ORDINARY,  PT24H, P7D",
            "COMMUNITY_ENVIRONMENT,   URBAN, GRID,       ORDINARY,  PT24H, P7D",
            "NOISE,                   URBAN, COMMUNITY,  ORDINARY,  PT24H, P7D",
            "PROPERTY_MANAGEMENT,     URBAN, COMMUNITY,  ORDINARY,  PT24H, P7D",
            "OLD_COMPOUND_RENOVATION, URBAN, COMMUNITY,  COMPLEX,   PT24H, P15D",
            "STREET_LIGHTING,         URBAN, GRID,       ORDINARY,  PT24H, P7D",
            "ROAD_REPAIR,             URBAN, DEPARTMENT, ORDINARY,  PT24H, P7D",
            "VILLAGE_ROADS,           RURAL, GRID,       ORDINARY,  PT24H, P7D",
            "ILLEGAL_CONSTRUCTION,    RURAL, DEPARTMENT, COMPLEX,   PT24H, P15D",
            "PUBLIC_SECURITY,         URBAN, DEPARTMENT, ORDINARY,  PT24H, P7D",
            "ELDERLY_CARE,            URBAN, COMMUNITY,  ORDINARY,  PT24H, P7D",
            "SOCIAL_ASSISTANCE,       RURAL, COMMUNITY,  COMPLEX,   PT24H, P15D",
            "A_NEW_CATEGORY,          URBAN, COMMUNITY,  ORDINARY,  PT24H, P7D"})
    void everyRuleGivesItsLevelUrgencyAndLimits(String category, String communityType, String level, String urgency,
            String firstContact, String resolution) {
        DmnDecisionResultEntries result = dmn.evaluateDecision(decision,
                Map.of("category", category, "communityType", communityType)).getSingleResult();
        assertThat(result.getEntryMap()).containsEntry("handlingLevel", level).containsEntry("urgency", urgency)
                .containsEntry("firstContactLimit", firstContact).containsEntry("resolutionLimit", resolution);
    }

    @ParameterizedTest(name = "first contact is never later than resolution for {0}")
    @CsvSource({"SAFETY_HAZARD", "WATER_SUPPLY", "NEIGHBOUR_DISPUTE", "SOCIAL_ASSISTANCE"})
    void firstContactIsDueNoLaterThanResolution(String category) {
        DmnDecisionResultEntries result = dmn.evaluateDecision(decision,
                Map.of("category", category, "communityType", "URBAN")).getSingleResult();
        assertThat(java.time.Duration.parse(result.getEntry("firstContactLimit")))
                .isLessThanOrEqualTo(java.time.Duration.parse(result.getEntry("resolutionLimit")));
    }
}
