package cn.gongzhi.members.process;

import cn.gongzhi.shared.process.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reporting processes' contracts as the engine's command guard enforces them: a member's reporting started under
 * {@link ReportingStarters}, a unit's under {@link UnitReportingStarters}, a move-away under {@link MoveAwayStarters}.
 */
@Configuration(proxyBeanMethods = false)
class ReportingContractConfiguration {

    @Bean
    ProcessContract partyMemberReportingContract(ReportingStarters starters) {
        return PartyMemberReportingProcess.CONTRACT.startedBy(starters);
    }

    @Bean
    ProcessContract partyMemberMoveAwayContract(MoveAwayStarters starters) {
        return PartyMemberMoveAwayProcess.CONTRACT.startedBy(starters.rule());
    }

    @Bean
    ProcessContract unitReportingContract(UnitReportingStarters starters) {
        return UnitReportingProcess.CONTRACT.startedBy(starters);
    }
}
