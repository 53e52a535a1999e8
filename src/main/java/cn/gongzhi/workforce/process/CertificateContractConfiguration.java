package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The certificate processes' contracts as the engine's command guard enforces them: a renewal only the launcher
 * starts (no start rule), a new qualification a worker starts for herself ({@link QualificationStarters}).
 */
@Configuration(proxyBeanMethods = false)
class CertificateContractConfiguration {

    @Bean
    ProcessContract certificateRenewalContract() {
        return CertificateRenewalProcess.CONTRACT;
    }

    @Bean
    ProcessContract qualificationRecordContract(QualificationStarters starters) {
        return QualificationRecordProcess.CONTRACT.startedBy(starters);
    }
}
