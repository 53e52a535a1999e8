package cn.gongzhi.identity;

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

    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
    public List<String> getProcessDesigners() { return processDesigners; }
    public void setProcessDesigners(List<String> processDesigners) { this.processDesigners = processDesigners; }
}
