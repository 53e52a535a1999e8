package cn.gongzhi.deliberation.process;

import cn.gongzhi.registry.RegistryService;
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
    ProcessContract villageDeliberationContract(RegistryService registry) {
        return VillageDeliberationProcess.CONTRACT.startedBy(DeliberationStarters.village(registry));
    }

    @Bean
    ProcessContract residentConsultationContract(RegistryService registry) {
        return ResidentConsultationProcess.CONTRACT.startedBy(DeliberationStarters.urban(registry));
    }

    @Bean
    ProcessContract publicDisclosureContract() {
        return PublicDisclosureProcess.CONTRACT;
    }
}
