package cn.gongzhi.members.process;

import cn.gongzhi.shared.process.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reporting's contract as the engine's command guard enforces it, started by hand under {@link ReportingStarters}. */
@Configuration(proxyBeanMethods = false)
class ReportingContractConfiguration {

    @Bean
    ProcessContract partyMemberReportingContract(ReportingStarters starters) {
        return PartyMemberReportingProcess.CONTRACT.startedBy(starters);
    }
}
