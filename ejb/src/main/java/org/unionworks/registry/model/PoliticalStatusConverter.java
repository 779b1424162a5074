package org.unionworks.registry.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the GB/T 4762 code itself. */
@Converter(autoApply = true)
public class PoliticalStatusConverter implements AttributeConverter<PoliticalStatus, String> {

    @Override
    public String convertToDatabaseColumn(PoliticalStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public PoliticalStatus convertToEntityAttribute(String column) {
        return column == null ? null : PoliticalStatus.fromCode(column);
    }
}
