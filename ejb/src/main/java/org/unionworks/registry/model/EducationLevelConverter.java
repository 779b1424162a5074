package org.unionworks.registry.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the GB/T 4658 code itself, so the column reads the same in any report tool. */
@Converter(autoApply = true)
public class EducationLevelConverter implements AttributeConverter<EducationLevel, String> {

    @Override
    public String convertToDatabaseColumn(EducationLevel level) {
        return level == null ? null : level.code();
    }

    @Override
    public EducationLevel convertToEntityAttribute(String column) {
        return column == null ? null : EducationLevel.fromCode(column);
    }
}
