package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.DeliberationKind;
import cn.gongzhi.shared.process.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The deliberation processes' contracts as the engine's command guard enforces them, with who may start each
 * ({@link DeliberationStarters}). The disclosure process is only called.
 */
@Configuration(proxyBeanMethods = false)
class DeliberationContractConfiguration {

    @Bean
    ProcessContract villageDeliberationContract(DeliberationStarters starters) {
        return VillageDeliberationProcess.CONTRACT.startedBy(starters.rule(DeliberationKind.VILLAGE));
    }

    @Bean
    ProcessContract residentConsultationContract(DeliberationStarters starters) {
        return ResidentConsultationProcess.CONTRACT.startedBy(starters.rule(DeliberationKind.URBAN));
    }

    @Bean
    ProcessContract publicDisclosureContract() {
        return PublicDisclosureProcess.CONTRACT;
    }
}
