package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.WorkerPost;
import cn.gongzhi.shared.Ratio;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local rules of the registry, configurable per province or city ({@code gongzhi.registry.*}); the defaults are the
 * national figures of domain brief §1–2.
 */
@ConfigurationProperties("gongzhi.registry")
public class RegistryProperties {

    /** Grade range of each post under "three posts, eighteen grades": heads 7–18, deputies 4–15, staff 1–12. */
    private final Map<WorkerPost, GradeRange> gradeRanges = new EnumMap<>(Map.of(
            WorkerPost.HEAD, new GradeRange(7, 18),
            WorkerPost.DEPUTY, new GradeRange(4, 15),
            WorkerPost.STAFF, new GradeRange(1, 12)));

    private final Composition composition = new Composition();

    private final Boundary boundary = new Boundary();

    public Map<WorkerPost, GradeRange> getGradeRanges() {
        return gradeRanges;
    }

    public Boundary getBoundary() {
        return boundary;
    }

    public Composition getComposition() {
        return composition;
    }

    public record GradeRange(int min, int max) {
        public boolean contains(int grade) {
            return grade >= min && grade <= max;
        }
    }

    /** Composition rules the law sets for committees; breaches are reported as warnings on the committee. */
    public static class Composition {
        /** Villagers' representative assembly: representatives at least 4/5 of members (Organic Law art. 25). */
        private Ratio representativesMinShare = new Ratio(4, 5);
        /** Villagers' representative assembly: women at least 1/3 of members (art. 25). */
        private Ratio womenMinShare = new Ratio(1, 3);
        /** Villagers' committee: 3 to 7 members (art. 6). */
        private int villagersCommitteeMinSize = 3;
        private int villagersCommitteeMaxSize = 7;
        /** Villagers' committee: at least this many women (art. 6: "应当有妇女成员"). */
        private int villagersCommitteeMinWomen = 1;

        public Ratio getRepresentativesMinShare() { return representativesMinShare; }
        public void setRepresentativesMinShare(Ratio share) { this.representativesMinShare = share; }
        public Ratio getWomenMinShare() { return womenMinShare; }
        public void setWomenMinShare(Ratio share) { this.womenMinShare = share; }
        public int getVillagersCommitteeMinSize() { return villagersCommitteeMinSize; }
        public void setVillagersCommitteeMinSize(int size) { this.villagersCommitteeMinSize = size; }
        public int getVillagersCommitteeMaxSize() { return villagersCommitteeMaxSize; }
        public void setVillagersCommitteeMaxSize(int size) { this.villagersCommitteeMaxSize = size; }
        public int getVillagersCommitteeMinWomen() { return villagersCommitteeMinWomen; }
        public void setVillagersCommitteeMinWomen(int count) { this.villagersCommitteeMinWomen = count; }
    }

    /**
     * What a community's or grid's boundary may be ({@code gongzhi.registry.boundary.*}): at most so many vertices,
     * every vertex within a rough box around China (longitude 73–136° E, latitude 3–54° N).
     */
    public static class Boundary {
        private int maxVertices = 2000;
        private double minLongitude = 73;
        private double maxLongitude = 136;
        private double minLatitude = 3;
        private double maxLatitude = 54;

        public int getMaxVertices() { return maxVertices; }
        public void setMaxVertices(int maxVertices) { this.maxVertices = maxVertices; }
        public double getMinLongitude() { return minLongitude; }
        public void setMinLongitude(double minLongitude) { this.minLongitude = minLongitude; }
        public double getMaxLongitude() { return maxLongitude; }
        public void setMaxLongitude(double maxLongitude) { this.maxLongitude = maxLongitude; }
        public double getMinLatitude() { return minLatitude; }
        public void setMinLatitude(double minLatitude) { this.minLatitude = minLatitude; }
        public double getMaxLatitude() { return maxLatitude; }
        public void setMaxLatitude(double maxLatitude) { this.maxLatitude = maxLatitude; }
    }
}
