package org.unionworks.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Refusals of a service's parameters, as the server's validator reports them, in the portal's words: the field's
 * label from the bundles and what the constraint asks, in Chinese or English, never the parameter path.
 */
class ConstraintMessagesTest {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    /** A form like the registry's, with the constraints the services use. */
    record Form(@NotBlank @Size(max = 5) String fullName,
                @Size(max = 3) String major,
                @Pattern(regexp = "\\d{6}") String divisionCode,
                @PastOrPresent LocalDate joinedOn,
                @PositiveOrZero Integer coveredWorkers,
                @Size(min = 1, max = 2) List<String> roles,
                @NotNull String notLabelled) {
    }

    /** A service method as the EJB container validates it. */
    static final class Service {
        public void update(@NotNull @Valid Form form, @Size(min = 2, max = 4) String reason) {
        }
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static List<String> messages(Locale locale, Form form, String reason) throws NoSuchMethodException {
        Method update = Service.class.getMethod("update", Form.class, String.class);
        Set<ConstraintViolation<Service>> refused = FACTORY.getValidator().forExecutables()
                .validateParameters(new Service(), update, new Object[] {form, reason});
        return refused.stream().map(v -> ConstraintMessages.text(v, (key, args) -> find(locale, key, args)))
                .sorted().toList();
    }

    /** The lookup Messages does: the portal's bundle, then the services' labels. */
    private static String find(Locale locale, String key, Object... args) {
        for (String bundle : List.of("org.unionworks.web.messages", "org.unionworks.i18n.labels")) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, locale).getString(key);
                return new MessageFormat(pattern, locale).format(args);
            } catch (MissingResourceException e) {
                // next bundle
            }
        }
        return null;
    }

    private static Form valid() {
        return new Form("张三", "社工", "360100", LocalDate.now(), 0, List.of("a"), "x");
    }

    @Test
    void aValidCallHasNoMessages() throws Exception {
        assertEquals(List.of(), messages(Locale.CHINESE, valid(), "调动"));
    }

    @Test
    void eachRefusedFieldIsNamedByItsLabelInChinese() throws Exception {
        Form form = new Form(" ", "社会工作专业", "36", LocalDate.now().plusDays(1), -1, List.of(), null);
        assertEquals(List.of(
                "原因：长度应为 2 至 4 个字符",
                "姓名：必须填写",
                "行政区划代码：格式不正确",
                "入职日期：不能晚于今天",
                "覆盖职工数：不能为负数",
                "角色：应选择 1 至 2 项",
                "专业：不能超过 3 个字符",
                "输入项：必须填写").stream().sorted().toList(),
                messages(Locale.CHINESE, form, "x"));
    }

    @Test
    void englishPagesGetEnglish() throws Exception {
        Form form = new Form("张三李四王五", "社工", "360100", LocalDate.now(), 0, List.of("a"), "x");
        assertEquals(List.of("Name: at most 5 characters"), messages(Locale.ENGLISH, form, "调动"));
    }

    @Test
    void aMissingFormIsARequiredInputWithoutAParameterName() throws Exception {
        List<String> refused = messages(Locale.CHINESE, null, "调动");
        assertEquals(List.of("输入项：必须填写"), refused);
    }
}
