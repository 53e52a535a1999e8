package cn.gongzhi.petition;

import cn.gongzhi.shared.Sha256;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A petition as it arrives from any channel, before validation. The petitioner's name, phone and ID number are
 * personal information: they go into the petition table and nowhere else.
 *
 * @param category category code from the dispatch catalogue, e.g. {@code WATER_SUPPLY}
 * @param communityCode the community the matter is in
 * @param gridCode the grid, if known
 * @param location where (address or landmark)
 * @param latitude optional WGS-84 latitude
 * @param longitude optional WGS-84 longitude
 * @param description what is wrong, at most 4,000 characters
 * @param petitionerName optional
 * @param petitionerPhone optional mobile (11 digits) or landline number
 * @param petitionerIdNumber optional resident ID number (18 characters)
 * @param channel how it came in
 * @param receivingUnit the first receiving unit, which stays responsible (首接负责)
 * @param mediaUrl optional address of a photo of the matter (Open311's {@code media_url}), checked by the channel
 */
public record PetitionSubmission(String category, String communityCode, String gridCode, String location,
        BigDecimal latitude, BigDecimal longitude, String description, String petitionerName, String petitionerPhone,
        String petitionerIdNumber, PetitionChannel channel, String receivingUnit, String mediaUrl) {

    /** A submission without a photo. */
    public PetitionSubmission(String category, String communityCode, String gridCode, String location,
            BigDecimal latitude, BigDecimal longitude, String description, String petitionerName,
            String petitionerPhone, String petitionerIdNumber, PetitionChannel channel, String receivingUnit) {
        this(category, communityCode, gridCode, location, latitude, longitude, description, petitionerName,
                petitionerPhone, petitionerIdNumber, channel, receivingUnit, null);
    }

    /**
     * What was submitted, recognisable again without keeping it: the SHA-256 (hex) of every field in the order above,
     * each as it arrived (text untrimmed, numbers as written), written as its length, a colon and the text, or
     * {@code -} when absent, so that no two different submissions write the same string; the photo's address is
     * added only when there is one, so fingerprints of submissions without stay as they were. A retry under the same
     * idempotency key must have the same fingerprint.
     */
    public String fingerprint() {
        return Sha256.hex(Stream.concat(Stream.of(category, communityCode, gridCode, location, latitude, longitude,
                                description, petitionerName, petitionerPhone, petitionerIdNumber, channel, receivingUnit),
                        mediaUrl == null ? Stream.empty() : Stream.of(mediaUrl))
                .map(field -> field == null ? "-" : lengthPrefixed(field.toString()))
                .collect(Collectors.joining(";")));
    }

    private static String lengthPrefixed(String text) {
        return text.length() + ":" + text;
    }
}
