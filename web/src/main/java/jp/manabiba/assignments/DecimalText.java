package jp.manabiba.assignments;

import java.math.BigDecimal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Numbers kept as plain decimal text: exact, any scale, and the same on every database. */
@Converter
class DecimalText implements AttributeConverter<@Nullable BigDecimal, @Nullable String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public @Nullable BigDecimal convertToEntityAttribute(@Nullable String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
