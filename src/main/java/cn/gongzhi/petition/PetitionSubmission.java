package cn.gongzhi.petition;

import java.math.BigDecimal;

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
 */
public record PetitionSubmission(String category, String communityCode, String gridCode, String location,
        BigDecimal latitude, BigDecimal longitude, String description, String petitionerName, String petitionerPhone,
        String petitionerIdNumber, PetitionChannel channel, String receivingUnit) {}
