package org.unionworks.registry.application;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.unionworks.imports.application.Vocabulary;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.shared.application.Labels;

/**
 * The words a roster may use for coded values: the drop-down labels in the template's language, the same labels
 * in the other language (a Chinese roster filled in by someone on the English portal still reads), and the
 * national codes where there are some (GB/T 4658 education, GB/T 4762 political status). Matching ignores
 * spaces, full-width forms and case.
 */
public final class RosterVocabulary {

    private final Locale locale;
    private final Map<String, EducationLevel> education;
    private final Map<String, PoliticalStatus> politicalStatus;
    private final Map<String, ProfessionalCategory> category;
    private final Map<String, EmploymentMode> employmentMode;
    private final Map<String, ServiceField> serviceField;
    private final Map<String, PostGrade> postGrade;
    private final Map<String, Boolean> yesNo;

    private RosterVocabulary(Locale locale) {
        this.locale = locale;
        List<EducationLevel> levels = educationChoices();
        this.education = words(levels, EducationLevel::labelKey, EducationLevel::code);
        this.politicalStatus = words(List.of(PoliticalStatus.values()), PoliticalStatus::labelKey, PoliticalStatus::code);
        this.category = words(List.of(ProfessionalCategory.values()), ProfessionalCategory::labelKey, Enum::name);
        this.employmentMode = words(List.of(EmploymentMode.values()), EmploymentMode::labelKey, Enum::name);
        this.serviceField = words(List.of(ServiceField.values()), ServiceField::labelKey, Enum::name);
        this.postGrade = words(List.of(PostGrade.values()), PostGrade::labelKey, Enum::name);
        this.yesNo = new HashMap<>();
        for (Locale language : Vocabulary.LANGUAGES) {
            ResourceBundle labels = Labels.bundle(language);
            yesNo.put(key(labels.getString("roster.yes")), Boolean.TRUE);
            yesNo.put(key(labels.getString("roster.no")), Boolean.FALSE);
        }
        for (String word : List.of("Y", "YES", "TRUE", "1", "√")) {
            yesNo.put(key(word), Boolean.TRUE);
        }
        for (String word : List.of("N", "NO", "FALSE", "0", "×")) {
            yesNo.put(key(word), Boolean.FALSE);
        }
    }

    public static RosterVocabulary of(Locale locale) {
        return new RosterVocabulary(locale);
    }

    /** Levels a person can have: the GB/T 4658 entries below the top-level categories, plus "other". */
    public static List<EducationLevel> educationChoices() {
        return Arrays.stream(EducationLevel.values())
                .filter(e -> !e.isCategory() || e == EducationLevel.OTHER)
                .toList();
    }

    public Locale locale() {
        return locale;
    }

    public EducationLevel education(String cell) {
        return education.get(key(cell));
    }

    public PoliticalStatus politicalStatus(String cell) {
        return politicalStatus.get(key(cell));
    }

    public ProfessionalCategory category(String cell) {
        return category.get(key(cell));
    }

    public EmploymentMode employmentMode(String cell) {
        return employmentMode.get(key(cell));
    }

    public ServiceField serviceField(String cell) {
        return serviceField.get(key(cell));
    }

    public PostGrade postGrade(String cell) {
        return postGrade.get(key(cell));
    }

    public Boolean yesNo(String cell) {
        return yesNo.get(key(cell));
    }

    /** The drop-down labels in the template's language, in declaration order. */
    public <E> List<String> labels(List<E> values, Function<E, String> labelKey) {
        ResourceBundle labels = Labels.bundle(locale);
        return values.stream().map(v -> labels.getString(labelKey.apply(v))).toList();
    }

    private static <E> Map<String, E> words(List<E> values, Function<E, String> labelKey, Function<E, String> code) {
        return Vocabulary.words(values, labelKey, code);
    }

    static String key(String text) {
        return Vocabulary.key(text);
    }
}
