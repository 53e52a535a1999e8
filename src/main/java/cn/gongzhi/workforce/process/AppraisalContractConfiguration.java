package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The appraisal's contract as the engine's command guard enforces it ({@link AppraisalStarters}). */
@Configuration(proxyBeanMethods = false)
class AppraisalContractConfiguration {

    @Bean
    ProcessContract annualAppraisalContract(AppraisalStarters starters) {
        return AnnualAppraisalProcess.CONTRACT.startedBy(starters);
    }
}
