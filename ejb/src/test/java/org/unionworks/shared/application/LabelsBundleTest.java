package org.unionworks.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificateSource;
import org.unionworks.certification.model.CertificateStatus;
import org.unionworks.certification.model.CertificationList;
import org.unionworks.certification.model.RegistrationKind;
import org.unionworks.certification.model.RegistrationStatus;
import org.unionworks.certification.model.TitleLevel;
import org.unionworks.certification.model.TitleLinkage;
import org.unionworks.education.model.ActivityKind;
import org.unionworks.organization.model.OrgUnitChange;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.Gender;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.PersonalField;
import org.unionworks.security.model.Role;

class LabelsBundleTest {

    private static final String CHINESE = "/org/unionworks/i18n/labels.properties";
    private static final String ENGLISH = "/org/unionworks/i18n/labels_en.properties";

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Properties zh = BundleFiles.load(CHINESE);
        Properties en = BundleFiles.load(ENGLISH);
        assertFalse(zh.isEmpty());
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void everyDomainValueHasALabelInBothLanguages() {
        List<String> keys = new ArrayList<>();
        keys.addAll(keysOf(OrgUnitType.values(), OrgUnitType::labelKey));
        keys.addAll(keysOf(Role.values(), Role::labelKey));
        keys.addAll(keysOf(AuditAction.values(), AuditAction::labelKey));
        keys.addAll(keysOf(AuditOutcome.values(), o -> "auditOutcome." + o.name()));
        keys.addAll(keysOf(Gender.values(), Gender::labelKey));
        keys.addAll(keysOf(EducationLevel.values(), EducationLevel::labelKey));
        keys.addAll(keysOf(PoliticalStatus.values(), PoliticalStatus::labelKey));
        keys.addAll(keysOf(PersonalField.values(), PersonalField::labelKey));
        keys.addAll(keysOf(OrgUnitChange.values(), OrgUnitChange::labelKey));
        keys.addAll(keysOf(CertificateLevel.values(), CertificateLevel::labelKey));
        keys.addAll(keysOf(TitleLevel.values(), TitleLevel::labelKey));
        keys.addAll(keysOf(TitleLinkage.values(), TitleLinkage::labelKey));
        keys.addAll(keysOf(ActivityKind.values(), ActivityKind::labelKey));
        keys.addAll(keysOf(CertificateStatus.values(), CertificateStatus::labelKey));
        keys.addAll(keysOf(CertificateSource.values(), CertificateSource::labelKey));
        keys.addAll(keysOf(RegistrationKind.values(), RegistrationKind::labelKey));
        keys.addAll(keysOf(RegistrationStatus.values(), RegistrationStatus::labelKey));
        keys.addAll(keysOf(CertificationList.values(), CertificationList::labelKey));
        keys.addAll(List.of("ledger.reason.notPassed", "ledger.reason.degreeCountedBefore", "ledger.reason.noCreditRule"));

        for (String resource : List.of(CHINESE, ENGLISH)) {
            Properties labels = BundleFiles.load(resource);
            List<String> missing = keys.stream()
                    .filter(k -> labels.getProperty(k) == null || labels.getProperty(k).isBlank())
                    .toList();
            assertEquals(List.of(), missing, "labels missing in " + resource);
        }
    }

    @Test
    void labelKeysFollowTheDocumentedPrefixes() {
        assertEquals("orgType.NATIONAL", OrgUnitType.NATIONAL.labelKey());
        assertEquals("role.AUDIT_ADMIN", Role.AUDIT_ADMIN.labelKey());
        assertEquals("auditAction.LOGIN_FAILED", AuditAction.LOGIN_FAILED.labelKey());
        assertEquals("gender.FEMALE", Gender.FEMALE.labelKey());
    }

    @Test
    void theBaseBundleIsChineseReadAsUtf8() {
        Properties zh = BundleFiles.load(CHINESE);
        assertEquals("全国总工会", zh.getProperty("orgType.NATIONAL"));
        long withoutChinese = zh.stringPropertyNames().stream()
                .filter(k -> zh.getProperty(k).codePoints().anyMatch(Character::isLetter))
                .filter(k -> zh.getProperty(k).codePoints()
                        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertEquals(0, withoutChinese, "every Chinese label with words has Chinese words (punctuation may stand alone)");
    }

    @Test
    void labelsResolvesChineseForChinaAndEnglishForEnglish() {
        assertEquals("审计管理员", Labels.bundle(Locale.SIMPLIFIED_CHINESE).getString("role.AUDIT_ADMIN"));
        assertEquals("审计管理员", Labels.bundle(Locale.CHINESE).getString("role.AUDIT_ADMIN"));
        assertEquals("Audit administrator", Labels.bundle(Locale.ENGLISH).getString("role.AUDIT_ADMIN"));
        assertEquals("Audit administrator", Labels.bundle(Locale.UK).getString("role.AUDIT_ADMIN"));
        assertEquals("女", Labels.bundle(Locale.SIMPLIFIED_CHINESE).getString("gender.FEMALE"));
        assertEquals("Male", Labels.bundle(Locale.ENGLISH).getString("gender.MALE"));
        assertTrue(Labels.bundle(Locale.FRENCH).getString("orgType.CITY").contains("总工会"),
                "a locale without labels gets the Chinese base bundle, never the JVM default");
    }

    private static <E extends Enum<E>> List<String> keysOf(E[] values, Function<E, String> key) {
        List<String> keys = new ArrayList<>();
        for (E value : values) {
            keys.add(key.apply(value));
        }
        assertFalse(keys.isEmpty());
        return keys;
    }
}
