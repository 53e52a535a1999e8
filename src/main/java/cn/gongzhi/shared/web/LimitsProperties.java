package cn.gongzhi.shared.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code gongzhi.limits.*}: what every way in accepts, checked before anything reads or parses a request.
 *
 * @param body the largest request body accepted, by where it goes
 * @param publicReadsPerPeriod anonymous reads (petition lookup, categories, communities, the disclosure board,
 *     Open311) one client address may make per {@code public-read-period}
 * @param publicReadPeriod the period anonymous reads are counted over
 * @param maxParameterLength the longest path segment, query parameter name or query value (each comma-separated
 *     item) accepted; the longest identifiers stored are 255 characters (Camunda's keys, names and business keys)
 */
@Validated
@ConfigurationProperties("gongzhi.limits")
public record LimitsProperties(
        @Valid @DefaultValue Body body,
        @Min(1) @DefaultValue("120") int publicReadsPerPeriod,
        @NotNull @DefaultValue("1m") Duration publicReadPeriod,
        @Min(64) @DefaultValue("255") int maxParameterLength) {

    /**
     * The largest request body accepted, by where it goes.
     *
     * @param product our own APIs and pages, Open311
     * @param engine the engine REST API and the webapps' APIs: task forms, variables, queries
     * @param boundary a community or grid of the registry API, which may carry a boundary of up to
     *     {@code gongzhi.registry.boundary.max-vertices} (2,000) points: about 80 KB at full precision
     * @param deployment a deployment (BPMN, DMN and form files as multipart) through either engine API
     */
    public record Body(
            @NotNull @DefaultValue("64KB") DataSize product,
            @NotNull @DefaultValue("256KB") DataSize engine,
            @NotNull @DefaultValue("256KB") DataSize boundary,
            @NotNull @DefaultValue("5MB") DataSize deployment) {
    }
}
