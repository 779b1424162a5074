package org.unionworks.registry.model;

/**
 * The post grade system (岗位等级体系, guideline §4.1): three professional-technical levels
 * matching the certificate levels, three steps each (三级九档, as in Dalian's 2021 scheme).
 * Labels: {@code postGrade.<NAME>}.
 */
public enum PostGrade {
    ASSISTANT_1(Level.ASSISTANT, 1),
    ASSISTANT_2(Level.ASSISTANT, 2),
    ASSISTANT_3(Level.ASSISTANT, 3),
    INTERMEDIATE_1(Level.INTERMEDIATE, 1),
    INTERMEDIATE_2(Level.INTERMEDIATE, 2),
    INTERMEDIATE_3(Level.INTERMEDIATE, 3),
    SENIOR_1(Level.SENIOR, 1),
    SENIOR_2(Level.SENIOR, 2),
    SENIOR_3(Level.SENIOR, 3);

    /** Professional-technical post levels: 助理级, 中级, 副高级. */
    public enum Level { ASSISTANT, INTERMEDIATE, SENIOR }

    private final Level level;
    private final int step;

    PostGrade(Level level, int step) {
        this.level = level;
        this.step = step;
    }

    public Level level() {
        return level;
    }

    public int step() {
        return step;
    }

    public String labelKey() {
        return "postGrade." + name();
    }
}
