package cn.gongzhi.petition.web;

import cn.gongzhi.shared.InvalidFieldException;
import java.math.BigDecimal;
import cn.gongzhi.registry.LocatedPlace;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * How Open311's parameters are read, each refused with GeoReport's error answer naming it: an empty optional
 * parameter is no parameter; dates are W3C date-times with an offset; {@code status} is open or closed; numbers are
 * numbers; {@code media_url} is an http(s) address.
 */
final class Open311Parameters {

    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 9999;
    static final int MEDIA_URL_MAX = 1000;

    /** Without dates, the request list covers this many days back. */
    static final int DEFAULT_DAYS = 90;
    /** The longest {@code start_date}..{@code end_date} span GeoReport v2 allows. */
    static final int MAX_SPAN_DAYS = 90;

    private Open311Parameters() {
    }

    /** The dates a request list covers; {@code to} null: up to now. */
    record Window(LocalDateTime from, LocalDateTime to) {}

    /**
     * The request list's dates: without them the last {@value #DEFAULT_DAYS} days; {@code start_date} alone reaches
     * {@value #MAX_SPAN_DAYS} days forward, {@code end_date} alone as far back; both may span at most
     * {@value #MAX_SPAN_DAYS} days.
     */
    static Window window(String startDate, String endDate, LocalDateTime now, ZoneId zone) {
        LocalDateTime to = time(endDate, "end_date", zone);
        LocalDateTime from = time(startDate, "start_date", zone);
        if (from != null && to != null && Duration.between(from, to).compareTo(Duration.ofDays(MAX_SPAN_DAYS)) > 0) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "start_date 与 end_date 相隔不得超过 " + MAX_SPAN_DAYS
                    + " 天 (the date range may span at most " + MAX_SPAN_DAYS + " days)");
        }
        if (from == null) {
            from = (to != null ? to : now).minusDays(DEFAULT_DAYS);
        } else if (to == null && from.plusDays(MAX_SPAN_DAYS).isBefore(now)) {
            to = from.plusDays(MAX_SPAN_DAYS);
        }
        if (to != null && !from.isBefore(to)) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "start_date 须早于 end_date (start_date must be before end_date)");
        }
        return new Window(from, to);
    }

    /** Open311's wording of the routing rule's refusals (docs/open311.md, "Routing by location"). */
    static final PlaceByLocation.Refusals REFUSALS = new PlaceByLocation.Refusals() {
        @Override
        public RuntimeException communityMissing() {
            return new InvalidFieldException("attribute[community]", "缺少必填参数 attribute[community]：只给地址时须指明社区（村），"
                    + "或提供 lat 与 long 按位置确定 (name the community, or send lat and long)");
        }

        @Override
        public RuntimeException outside() {
            return new Open311Error(HttpStatus.BAD_REQUEST,
                    "lat/long：该位置不在任何社区（村）的边界内，请用 attribute[community] 指明社区（村） (the location lies outside"
                            + " every community boundary; name the community with attribute[community])");
        }

        @Override
        public RuntimeException contradiction(LocatedPlace place, String community) {
            return new Open311Error(HttpStatus.BAD_REQUEST, "attribute[community]：位置在" + place.communityName() + "（"
                    + place.communityCode() + "）的边界内，与 attribute[community]=" + community + " 不符 (the location lies in"
                    + " community " + place.communityCode() + ", not in " + community + ")");
        }
    };

    /** {@code media_url}: an http or https address of at most {@value #MEDIA_URL_MAX} characters, stored as sent. */
    static String mediaUrl(String value) {
        String url = blank(value);
        if (url == null) {
            return null;
        }
        if (url.length() > MEDIA_URL_MAX) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "media_url 不得超过 " + MEDIA_URL_MAX + " 个字符，现为 "
                    + url.length() + " (media_url too long)");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new Open311Error(HttpStatus.BAD_REQUEST,
                "media_url 须为 http 或 https 地址，如 https://example.org/photo.jpg (media_url must be an http(s) URL)");
    }

    /** A W3C date-time, in the application's zone; empty: none. */
    static LocalDateTime time(String value, String field, ZoneId zone) {
        if (blank(value) == null) {
            return null;
        }
        OffsetDateTime time;
        try {
            // an unencoded "+08:00" arrives as " 08:00": the only space a W3C date-time can have is that plus
            time = OffsetDateTime.parse(value.trim().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, field + " 须为 W3C 日期时间，如 2026-11-01T00:00:00+08:00");
        }
        // what a database timestamp holds; beyond it, the default window (90 days back) would not even be computable
        if (time.getYear() < MIN_YEAR || time.getYear() > MAX_YEAR) {
            throw new Open311Error(HttpStatus.BAD_REQUEST,
                    field + " 的年份须在 " + MIN_YEAR + " 至 " + MAX_YEAR + " 之间，现为 " + time.getYear());
        }
        return time.atZoneSameInstant(zone).toLocalDateTime();
    }

    /** {@code open}, {@code closed}: whether closed; empty or both: either. */
    static Boolean status(String value) {
        if (blank(value) == null || value.equals("open,closed") || value.equals("closed,open")) {
            return null;
        }
        return switch (value) {
            case "open" -> false;
            case "closed" -> true;
            default -> throw new Open311Error(HttpStatus.BAD_REQUEST, "status 只能是 open 或 closed");
        };
    }

    static String required(MultiValueMap<String, String> form, String field) {
        String value = blank(form.getFirst(field));
        if (value == null) {
            throw new InvalidFieldException(field, "缺少必填参数 " + field);
        }
        return value;
    }

    static BigDecimal decimal(MultiValueMap<String, String> form, String field) {
        String value = blank(form.getFirst(field));
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, field + " 须为数字");
        }
    }

    /** Null for an empty value, else the value trimmed. */
    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
