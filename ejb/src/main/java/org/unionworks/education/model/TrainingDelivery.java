package org.unionworks.education.model;

import java.math.BigDecimal;

/**
 * What a body's subtree delivered in a year for a level: courses it organised that started in the year, people who
 * passed at least one of them and the hours they passed in all.
 */
public record TrainingDelivery(long courses, long people, BigDecimal hours) {

    public static final TrainingDelivery NONE = new TrainingDelivery(0, 0, BigDecimal.ZERO.setScale(1));
}
