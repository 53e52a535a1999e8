package cn.gongzhi.petition.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code gongzhi.intake.*}: limits of the public intake channels (the page and Open311), and what Open311's discovery
 * document says about this server.
 *
 * @param submissionsPerPeriod submissions one client (by address) may make per {@code period}
 * @param period the period submissions are counted over
 * @param open311ApiKeys Open311 API keys from configuration: each becomes an API client at start-up (named
 *     「配置文件密钥 …」, with the default quota) unless a client with that key exists already; administrators manage
 *     them from then on ({@code /api/open311-clients}); removing a key here does not revoke it: disable the client
 * @param open311ClientQuota filings a new Open311 client may make per {@code open311-client-period} (each client can
 *     be given its own)
 * @param open311ClientPeriod the period an Open311 client's filings are counted over
 * @param open311Jurisdiction Open311 jurisdiction id (optional in requests; when given it must match)
 * @param open311Contact who runs the server, for a 311 integrator with a question (discovery)
 * @param open311KeyService how a client gets an API key for filing (discovery)
 * @param open311Changeset when the interface last changed (the discovery document's changeset)
 */
@Validated
@ConfigurationProperties("gongzhi.intake")
public record IntakeProperties(
        @Min(1) @DefaultValue("5") int submissionsPerPeriod,
        @NotNull @DefaultValue("1m") Duration period,
        @NotNull @DefaultValue List<String> open311ApiKeys,
        @Min(1) @DefaultValue("600") int open311ClientQuota,
        @NotNull @DefaultValue("1m") Duration open311ClientPeriod,
        @NotBlank @DefaultValue("gongzhi") String open311Jurisdiction,
        @NotBlank @DefaultValue("公治平台管理员：请联系所在街道办事处（工作日 9:00–17:00）") String open311Contact,
        @NotBlank @DefaultValue("提交诉求（POST requests）需 API 密钥，请向公治平台管理员（所在街道办事处）申请；"
                + "读取无需密钥。(An api_key is needed to file requests; ask the platform's administrators."
                + " Reading needs none.)") String open311KeyService,
        @NotNull @DefaultValue("2026-11-29T00:00:00+08:00") OffsetDateTime open311Changeset) {

    public IntakeProperties {
        open311ApiKeys = List.copyOf(open311ApiKeys);
    }
}
