package cn.gongzhi.workforce.process;

import org.springframework.context.ApplicationContext;

/**
 * Lets a journey in the browser run the certificate renewals' launcher now, as its schedule would (the tests switch
 * the schedule off, {@code gongzhi.workers.renewal.launcher=false}).
 */
public final class CertificateRenewalLaunches {

    private CertificateRenewalLaunches() {}

    /** Runs the launcher's look once; returns how many renewal cycles it started. */
    public static int launchNow(ApplicationContext context) {
        return context.getBean(CertificateRenewalLauncher.class).launch();
    }
}
