package cn.gongzhi.shared.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code gongzhi.limits.*}: what every way in accepts, checked before anything reads or parses a request. */
@ConfigurationProperties("gongzhi.limits")
public class LimitsProperties {

    private final Body body = new Body();
    /** Anonymous reads (petition lookup, categories, communities, the disclosure board, Open311) per client address. */
    private int publicReadsPerPeriod = 120;
    private Duration publicReadPeriod = Duration.ofMinutes(1);
    /**
     * The longest path segment, query parameter name or query value (each comma-separated item) accepted. The longest
     * identifiers stored are 255 characters (Camunda's keys, names and business keys).
     */
    private int maxParameterLength = 255;

    public Body getBody() { return body; }
    public int getPublicReadsPerPeriod() { return publicReadsPerPeriod; }
    public void setPublicReadsPerPeriod(int value) { this.publicReadsPerPeriod = value; }
    public Duration getPublicReadPeriod() { return publicReadPeriod; }
    public void setPublicReadPeriod(Duration period) { this.publicReadPeriod = period; }
    public int getMaxParameterLength() { return maxParameterLength; }
    public void setMaxParameterLength(int length) { this.maxParameterLength = length; }

    /** The largest request body accepted, by where it goes. */
    public static class Body {

        /** Our own APIs and pages, Open311. */
        private DataSize product = DataSize.ofKilobytes(64);
        /** The engine REST API and the webapps' APIs: task forms, variables, queries. */
        private DataSize engine = DataSize.ofKilobytes(256);
        /**
         * A community or grid of the registry API, which may carry a boundary of up to
         * {@code gongzhi.registry.boundary.max-vertices} (2,000) points: about 80 KB at full precision.
         */
        private DataSize boundary = DataSize.ofKilobytes(256);
        /** A deployment (BPMN, DMN and form files as multipart) through either engine API. */
        private DataSize deployment = DataSize.ofMegabytes(5);

        public DataSize getProduct() { return product; }
        public void setProduct(DataSize product) { this.product = product; }
        public DataSize getEngine() { return engine; }
        public void setEngine(DataSize engine) { this.engine = engine; }
        public DataSize getBoundary() { return boundary; }
        public void setBoundary(DataSize boundary) { this.boundary = boundary; }
        public DataSize getDeployment() { return deployment; }
        public void setDeployment(DataSize deployment) { this.deployment = deployment; }
    }
}
