package cn.gongzhi.petition.web;

import java.time.OffsetDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code gongzhi.intake.open311-*}: what Open311's discovery document says about this server. */
@ConfigurationProperties("gongzhi.intake")
public class Open311DiscoveryProperties {

    /** Who runs the server, for a 311 integrator with a question. */
    private String open311Contact = "公治平台管理员：请联系所在街道办事处（工作日 9:00–17:00）";
    /** How a client gets an API key for filing. */
    private String open311KeyService = "提交诉求（POST requests）需 API 密钥，请向公治平台管理员（所在街道办事处）申请；"
            + "读取无需密钥。(An api_key is needed to file requests; ask the platform's administrators. Reading needs none.)";
    /** When the interface last changed (the discovery document's changeset). */
    private OffsetDateTime open311Changeset = OffsetDateTime.parse("2026-11-29T00:00:00+08:00");

    public String getOpen311Contact() { return open311Contact; }
    public void setOpen311Contact(String contact) { this.open311Contact = contact; }
    public String getOpen311KeyService() { return open311KeyService; }
    public void setOpen311KeyService(String keyService) { this.open311KeyService = keyService; }
    public OffsetDateTime getOpen311Changeset() { return open311Changeset; }
    public void setOpen311Changeset(OffsetDateTime changeset) { this.open311Changeset = changeset; }
}
