package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionEventType;
import cn.gongzhi.petition.PetitionSubmission;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.GridRef;
import cn.gongzhi.shared.InvalidFieldException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Validates a submission from any channel and records it. Every rule fails on the field it concerns, before
 * anything is written.
 */
@Component
public class PetitionIntake {

    public static final int DESCRIPTION_MAX = 4000;
    public static final int LOCATION_MAX = 200;
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}");
    private static final Pattern ID_NUMBER = Pattern.compile("[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]");
    /** Markup: a tag opening, closing, comment or doctype, or a javascript: URL. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?]|javascript\\s*:", Pattern.CASE_INSENSITIVE);
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private final PetitionCategoryRepository categories;
    private final PetitionRepository petitions;
    private final PetitionTimeline timeline;
    private final RegistryService registry;
    private final Clock clock;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    PetitionIntake(PetitionCategoryRepository categories, PetitionRepository petitions, PetitionTimeline timeline,
            RegistryService registry, Clock clock, io.micrometer.core.instrument.MeterRegistry meters) {
        this.categories = categories;
        this.petitions = petitions;
        this.timeline = timeline;
        this.registry = registry;
        this.clock = clock;
        this.meters = meters;
    }

    /** Validates and records the petition with its number and a RECEIVED event. */
    public Petition record(PetitionSubmission s, String idempotencyKey) {
        return record(s, idempotencyKey, false);
    }

    /**
     * Validates and records a petition entered in Tasklist whose community its recorder chooses in her first step
     * ({@link Petition#COMMUNITY_PENDING}): everything but the community and grid is checked now.
     */
    public Petition recordAwaitingCommunity(PetitionSubmission s) {
        return record(s, null, true);
    }

    /**
     * The grid, if any, checked to lie in the community.
     *
     * @param field the form field that named the grid, for the refusal
     */
    public String gridOf(String community, String gridCode, String field) {
        String grid = blankToNull(gridCode);
        if (grid != null) {
            GridRef ref = registry.grid(grid)
                    .orElseThrow(() -> new InvalidFieldException(field, "未知的网格：" + grid));
            if (!ref.communityCode().equals(community)) {
                throw new InvalidFieldException(field, "所选网格“" + ref.name() + "”不属于所选社区（村）");
            }
        }
        return grid;
    }

    private Petition record(PetitionSubmission s, String idempotencyKey, boolean communityPending) {
        String category = required(s.category(), "category", "请选择诉求类别");
        categories.findById(category).filter(PetitionCategory::isActive)
                .orElseThrow(() -> new InvalidFieldException("category", "未知的诉求类别：" + category));
        String community = Petition.COMMUNITY_PENDING;
        String grid = null;
        if (!communityPending) {
            String named = required(s.communityCode(), "communityCode", "请选择所在社区（村）");
            registry.community(named)
                    .orElseThrow(() -> new InvalidFieldException("communityCode", "未知的社区（村）：" + named));
            community = named;
            grid = gridOf(community, s.gridCode(), "gridCode");
        }
        String location = text(required(s.location(), "location", "请填写诉求发生地点"), "location", LOCATION_MAX);
        String description = text(required(s.description(), "description", "请描述诉求内容"), "description",
                DESCRIPTION_MAX);
        String name = s.petitionerName() == null ? null : text(blankToNull(s.petitionerName()), "petitionerName", 50);
        String phone = phone(s.petitionerPhone());
        String idNumber = idNumber(s.petitionerIdNumber());
        BigDecimal latitude = coordinate(s.latitude(), -90, 90, "latitude");
        BigDecimal longitude = coordinate(s.longitude(), -180, 180, "longitude");

        LocalDateTime now = LocalDateTime.now(clock);
        Petition petition = new Petition(category, community, grid, location, description, s.channel(),
                s.receivingUnit(), now);
        petition.petitioner(name, phone, idNumber);
        petition.setCoordinates(latitude, longitude);
        petition.setMediaUrl(text(blankToNull(s.mediaUrl()), "mediaUrl", Petition.MEDIA_URL_MAX));
        petition.idempotency(idempotencyKey, idempotencyKey == null ? null : s.fingerprint());
        petitions.saveAndFlush(petition);
        petition.assignNumber();
        timeline.record(petition, PetitionEventType.RECEIVED, s.receivingUnit(), "经" + channelLabel(s) + "受理",
                "已受理，编号 " + petition.getNumber());
        meters.counter("gongzhi.petitions.received", "channel", s.channel().name()).increment();
        return petition;
    }

    private static String channelLabel(PetitionSubmission s) {
        return switch (s.channel()) {
            case WEB -> "网上诉求页面";
            case HOTLINE -> "热线/接口";
            case OPEN311 -> "Open311 接口";
            case TASKLIST -> "Tasklist 登记";
        };
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, message);
        }
        return value.trim();
    }

    /**
     * Free text within its column. Lengths count UTF-16 units, as the columns of H2 and the {@code @Size} checks of
     * the JSON requests do: an emoji counts twice, so that a text accepted here always fits its column.
     */
    private static String text(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            int characters = value.codePointCount(0, value.length());
            throw new InvalidFieldException(field, "不能超过 " + max + " 字（现为 " + value.length() + " 字"
                    + (characters < value.length() ? "，表情符号等按 2 字计" : "") + "）");
        }
        if (MARKUP.matcher(value).find()) {
            throw new InvalidFieldException(field, "请只填写文字，不要包含 HTML 标记或脚本（如 <script>）");
        }
        return value;
    }

    private static String phone(String value) {
        String phone = blankToNull(value);
        if (phone == null) {
            return null;
        }
        String compact = phone.replace(" ", "");
        if (!MOBILE.matcher(compact).matches() && !LANDLINE.matcher(compact).matches()) {
            throw new InvalidFieldException("petitionerPhone", "电话号码格式不正确：请填写 11 位手机号或带区号的固定电话");
        }
        return compact;
    }

    private static String idNumber(String value) {
        String id = blankToNull(value);
        if (id == null) {
            return null;
        }
        String upper = id.toUpperCase();
        if (!ID_NUMBER.matcher(upper).matches() || !checksumHolds(upper)) {
            throw new InvalidFieldException("petitionerIdNumber", "身份证号码格式不正确（18 位，末位校验码）");
        }
        return upper;
    }

    static boolean checksumHolds(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == id.charAt(17);
    }

    /**
     * A coordinate within its range, rounded to the column's 6 decimals (about 0.1 m). The rounding goes through the
     * double: rounding a value such as {@code 1e-99999999} as a BigDecimal would take minutes of CPU.
     */
    private static BigDecimal coordinate(BigDecimal value, int min, int max, String field) {
        if (value == null) {
            return null;
        }
        double degrees = value.doubleValue();
        if (!(degrees >= min && degrees <= max)) {
            throw new InvalidFieldException(field, "坐标超出范围（" + min + " 至 " + max + "）");
        }
        return BigDecimal.valueOf(degrees).setScale(Petition.COORDINATE_SCALE, RoundingMode.HALF_UP);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
