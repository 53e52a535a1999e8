package cn.gongzhi.escalation;

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

/** processes/EscalationDepartmentDecision.dmn, one row per rule. */
class EscalationDepartmentDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream file = new FileInputStream("processes/EscalationDepartmentDecision.dmn")) {
            decision = dmn.parseDecision("EscalationDepartmentDecision", file);
        }
    }

    @ParameterizedTest(name = "{0}: duties {1}, report in within {2}")
    @CsvSource(delimiter = '|', value = {
            "SAFETY_HAZARD           | PUBLIC_SECURITY,HOUSING_SAFETY,GAS_SUPPLY                | PT30M",
            "GAS_SUPPLY              | GAS_SUPPLY,PUBLIC_SECURITY                               | PT30M",
            "WATER_SUPPLY            | WATER_SUPPLY,DRAINAGE,ROAD_REPAIR                        | P1D",
            "POWER_SUPPLY            | POWER_SUPPLY,STREET_LIGHTING                             | P1D",
            "HEATING                 | HEATING,PROPERTY_MANAGEMENT                              | P1D",
            "ILLEGAL_CONSTRUCTION    | ILLEGAL_CONSTRUCTION,HOUSING_SAFETY                      | P1D",
            "NOISE                   | NOISE,PUBLIC_SECURITY                                    | P1D",
            "PROPERTY_MANAGEMENT     | PROPERTY_MANAGEMENT,HOUSING_SAFETY                       | P1D",
            "OLD_COMPOUND_RENOVATION | OLD_COMPOUND_RENOVATION,PROPERTY_MANAGEMENT,SANITATION   | P1D",
            "COMMUNITY_ENVIRONMENT   | SANITATION,PROPERTY_MANAGEMENT                           | P1D",
            "NEIGHBOUR_DISPUTE       | PUBLIC_SECURITY,HOUSING_SAFETY                           | P1D",
            "ELDERLY_CARE            | ELDERLY_CARE                                             | P1D"})
    void everyRuleProposesItsDutiesAndReportInLimit(String category, String duties, String limit) {
        DmnDecisionResultEntries result = dmn.evaluateDecision(decision, Map.of("category", category))
                .getSingleResult();
        assertThat(result.getEntryMap()).containsEntry("dutyCodes", duties).containsEntry("reportInLimit", limit);
    }
}
