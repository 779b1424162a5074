package org.unionworks.organization.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class CreditCodeConverter implements AttributeConverter<CreditCode, String> {

    @Override
    public String convertToDatabaseColumn(CreditCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public CreditCode convertToEntityAttribute(String column) {
        return column == null ? null : CreditCode.parse(column);
    }
}
