package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionIntakeRule;
import cn.gongzhi.shared.process.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The petition process's contract as the engine's command guard enforces it, with who may start it. */
@Configuration(proxyBeanMethods = false)
class PetitionContractConfiguration {

    @Bean
    ProcessContract residentPetitionContract(PetitionIntakeRule intake) {
        return ResidentPetitionProcess.CONTRACT.startedBy(intake);
    }
}
