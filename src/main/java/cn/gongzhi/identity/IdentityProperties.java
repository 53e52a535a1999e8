package cn.gongzhi.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code gongzhi.identity.*}: what the registry cannot say about logins. */
@ConfigurationProperties("gongzhi.identity")
public class IdentityProperties {

    /**
     * Password given to each login the registry creates. Set only on the default (demo) profile; elsewhere new
     * logins have no password until an administrator sets one in Camunda Admin.
     */
    private String initialPassword;

    /** Logins of process designers (not a registry seat). */
    private List<String> processDesigners = new ArrayList<>();

    /** Logins of the 12345 hotline's operators (not a registry seat): they record petitions for any community. */
    private List<String> hotlineOperators = new ArrayList<>();

    /** Failed logins from one client address within {@link #loginFailureWindow} before it must wait (429). */
    private int loginFailuresPerAddress = 20;

    /** The window failed logins are counted over; an address may try again as the window moves on. */
    private Duration loginFailureWindow = Duration.ofMinutes(10);

    public int getLoginFailuresPerAddress() { return loginFailuresPerAddress; }
    public void setLoginFailuresPerAddress(int value) { this.loginFailuresPerAddress = value; }
    public Duration getLoginFailureWindow() { return loginFailureWindow; }
    public void setLoginFailureWindow(Duration value) { this.loginFailureWindow = value; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
    public List<String> getProcessDesigners() { return processDesigners; }
    public void setProcessDesigners(List<String> processDesigners) { this.processDesigners = processDesigners; }
    public List<String> getHotlineOperators() { return hotlineOperators; }
    public void setHotlineOperators(List<String> hotlineOperators) { this.hotlineOperators = hotlineOperators; }
}
