package cn.gongzhi.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A free-text column of our records: whatever a resident or worker wrote is stored with its phone and ID numbers
 * masked ({@link Masking#text}), so no table outside a petitioner's own contact columns holds them. Masked text is
 * never longer than the original, so a value checked against the column's length still fits.
 */
@Converter
public class MaskedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String text) {
        return Masking.text(text);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored;
    }
}
