package org.unionworks.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.unionworks.shared.application.Labels;

class AuditDetailTest {

    private static final ResourceBundle ZH = Labels.bundle(Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle EN = Labels.bundle(Locale.ENGLISH);

    @Test
    void storedLanguageNeutralAndShownInTheReadersLanguage() {
        String stored = AuditDetail.of("wrongPassword", 5);
        assertEquals("wrongPassword|5", stored);
        assertEquals("密码错误，连续失败 5 次", AuditDetail.render(stored, ZH));
        assertEquals("Wrong password, 5 consecutive failures", AuditDetail.render(stored, EN));
    }

    @Test
    void labelArgumentsAreShownInTheReadersLanguage() {
        String stored = AuditDetail.of("professionalUpdated", AuditDetail.labels(java.util.List.of("field.fullName", "field.phone")));
        assertEquals("professionalUpdated|#field.fullName,#field.phone", stored);
        assertEquals("修改：姓名、联系电话", AuditDetail.render(stored, ZH));
        assertEquals("changed: Name, Phone", AuditDetail.render(stored, EN));
    }

    @Test
    void argumentsCannotForgeExtraFields() {
        String stored = AuditDetail.of("refused", "a|b");
        assertEquals("refused|a/b", stored);
        assertEquals("拒绝：a/b", AuditDetail.render(stored, ZH));
    }

    @Test
    void keysWithoutArgumentsAndUnknownTextRenderSensibly() {
        assertEquals("账户已锁定", AuditDetail.render(AuditDetail.of("accountLocked"), ZH));
        assertEquals("free text from an older release", AuditDetail.render("free text from an older release", ZH));
        assertEquals("", AuditDetail.render(null, ZH));
    }

    @Test
    void numbersAreNotReformatted() {
        // ids and counts pass through as text: 1000 stays 1000, not 1,000
        assertEquals("所属组织 1000 → 1050", AuditDetail.render(AuditDetail.of("orgChanged", 1000L, 1050L), ZH));
    }
}
