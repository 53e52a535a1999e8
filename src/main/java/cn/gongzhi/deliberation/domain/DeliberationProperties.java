package cn.gongzhi.deliberation.domain;

import cn.gongzhi.shared.Ratio;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local rules of deliberation ({@code gongzhi.deliberation.*}). Quorum and vote thresholds are not here: they are
 * the decision table processes/AssemblyQuorumDecision.dmn.
 */
@ConfigurationProperties("gongzhi.deliberation")
public class DeliberationProperties {

    /** How often a rejected plan may be revised before the matter ends as rejected. */
    private int maxRevisions = 2;
    /** How long residents may object to a notice (no national figure; 7 days by default). */
    private Duration objectionWindow = Duration.ofDays(7);
    /** A villagers' motion needs at least this share of adult villagers (local; 1/10 by default). */
    private Ratio motionShareOfVillagers = new Ratio(1, 10);
    /** ... or at least this share of the villagers' representatives (local; 1/5 by default). */
    private Ratio motionShareOfRepresentatives = new Ratio(1, 5);

    /** Objections one client may file per period on the public board. */
    private int objectionsPerPeriod = 5;
    private Duration objectionPeriod = Duration.ofMinutes(1);

    public int getObjectionsPerPeriod() { return objectionsPerPeriod; }
    public void setObjectionsPerPeriod(int objectionsPerPeriod) { this.objectionsPerPeriod = objectionsPerPeriod; }
    public Duration getObjectionPeriod() { return objectionPeriod; }
    public void setObjectionPeriod(Duration objectionPeriod) { this.objectionPeriod = objectionPeriod; }
    public int getMaxRevisions() { return maxRevisions; }
    public void setMaxRevisions(int maxRevisions) { this.maxRevisions = maxRevisions; }
    public Duration getObjectionWindow() { return objectionWindow; }
    public void setObjectionWindow(Duration objectionWindow) { this.objectionWindow = objectionWindow; }
    public Ratio getMotionShareOfVillagers() { return motionShareOfVillagers; }
    public void setMotionShareOfVillagers(Ratio share) { this.motionShareOfVillagers = share; }
    public Ratio getMotionShareOfRepresentatives() { return motionShareOfRepresentatives; }
    public void setMotionShareOfRepresentatives(Ratio share) { this.motionShareOfRepresentatives = share; }
}
