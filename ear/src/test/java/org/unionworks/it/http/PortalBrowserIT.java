package org.unionworks.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.unionworks.it.Deployments;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What a person does in the portal, in a real headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

    private static final String MASKED = "\\d{3}\\*{11}[\\dX]{4}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    URL portal;

    private String url(String page) {
        return portal.toString().replaceAll("/+$", "") + "/" + page;
    }

    private static String sessionId(Browser b) {
        var cookie = b.driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** Opens a page through the menu bar's 人才信息库 entry, as a person would. */
    private static void registryMenu(Browser b, String item) {
        b.driver.findElement(By.linkText("人才信息库")).click();
        b.waitUpTo(10).until(d -> d.findElement(By.linkText(item)).isDisplayed());
        b.driver.findElement(By.linkText(item)).click();
    }

    private void login(Browser b, String username, String password) {
        b.driver.get(url("login.xhtml"));
        b.type("loginForm:username", username);
        b.type("loginForm:password", password);
        b.visible("loginForm:submit").click();
    }

    @Test
    void anOfficialSeesTheDashboardInChineseSwitchesToEnglishBrowsesTheTreeAndDownloadsTheRoster() throws Exception {
        try (Browser b = Browser.open()) {
            b.driver.get(url("index.xhtml"));
            assertTrue(b.driver.getCurrentUrl().contains("login.xhtml"), "a protected page sends a stranger to login");
            String before = sessionId(b);
            assertTrue(before != null, "the login form already has a (server-side view state) session");
            login(b, "official", Api.DEMO_PASSWORD);

            assertEquals("南昌市总工会", b.visible("scopeName").getText());
            assertFalse(before.equals(sessionId(b)), "a new session id after login (no session fixation)");
            b.screenshot("dashboard-zh");
            String dashboard = b.bodyText();
            assertTrue(dashboard.contains("工作台") && dashboard.contains("组织机构总数"), dashboard);
            assertTrue(dashboard.contains("街道工会"), "org units by type, labelled in Chinese");
            assertFalse(dashboard.contains("九江"), "nothing of another city");
            String total = b.visible("totalUnits").getText();
            assertTrue(Integer.parseInt(total.replace(",", "")) > 50, total);

            b.visible("userForm:langEn").click();
            b.waitForText("Dashboard");
            b.screenshot("dashboard-en");
            assertTrue(b.bodyText().contains("Organisation units by type"));

            b.visible("userForm:langZh").click();
            b.waitForText("工作台");
            b.driver.findElement(By.linkText("组织机构")).click();
            b.waitForText("东湖区总工会");
            assertTrue(b.bodyText().contains("行政区划代码"));
            b.screenshot("org-tree");

            b.visible("rosterForm:rosterPdf").click();
            Path pdf = b.awaitDownload("pdf");
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("组织机构名册"), "Chinese title in the downloaded filing");
                assertTrue(text.contains("南昌市总工会"));
                for (PDPage page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    }
                }
            }

            b.driver.get(url("no-such-page.xhtml"));
            b.waitForText("页面或记录不存在");
            assertFalse(b.visible("correlationId").getText().isBlank(), "a correlation id to quote to support");

            // the server no longer knows this session (idle timeout): back to a sign-in, nothing half-done
            b.driver.manage().deleteCookieNamed("JSESSIONID");
            b.driver.manage().addCookie(new org.openqa.selenium.Cookie.Builder("JSESSIONID", "expired-session")
                    .path("/unionworks").build());
            b.driver.get(url("org/tree.xhtml"));
            b.waitForText("会话已过期");
            b.screenshot("session-expired");
            b.visible("toLogin").click();
            b.visible("loginForm:username");
        }
    }

    @Test
    void aCityOfficialFindsEditsAndSeesTheHistoryThenImportsTheSampleAndGetsTheErrorReport() throws Exception {
        try (Browser b = Browser.open()) {
            login(b, "official2", Api.DEMO_PASSWORD);
            b.visible("scopeName");
            b.driver.get(url("registry/professionals.xhtml"));
            b.type("filterForm:name", "王");
            b.visible("filterForm:search").click();
            b.waitUpTo(20).until(d -> d.findElements(By.id("listForm:professionals:0:open")).stream()
                    .anyMatch(e -> e.getText().startsWith("王")));
            assertTrue(b.driver.findElements(By.cssSelector("[id$=':open']")).stream()
                    .allMatch(e -> e.getText().startsWith("王")), "only people whose name starts with the filter");
            b.screenshot("registry-filtered");
            String name = b.visible("listForm:professionals:0:open").getText();
            b.visible("listForm:professionals:0:open").click();

            b.waitForText(name);
            String major = "社会工作（浏览器" + Long.toString(System.nanoTime() % 100_000, 36) + "）";
            b.type("tabs:recordForm:major", major);
            b.visible("tabs:recordForm:save").click();
            b.waitForText("已保存：" + name);
            b.driver.findElement(By.linkText("修改记录")).click();
            b.waitUpTo(20).until(d -> d.findElement(By.id("tabs:historyForm:history")).getText().contains("专业"));
            assertTrue(b.visible("tabs:historyForm:history").getText().contains("official2"), "who changed it");
            assertFalse(b.visible("tabs:historyForm:history").getText().contains("浏览器"),
                    "the history names the field, never its value");
            b.screenshot("registry-history");

            // back on the list, the filter is as the official left it
            b.driver.get(url("registry/professionals.xhtml"));
            b.waitUpTo(20).until(d -> "王".equals(d.findElement(By.id("filterForm:name")).getAttribute("value")));
            b.waitUpTo(20).until(d -> !d.findElements(By.id("listForm:professionals:0:open")).isEmpty());
            assertTrue(b.driver.findElements(By.cssSelector("[id$=':open']")).stream()
                    .allMatch(e -> e.getText().startsWith("王")), "the list comes back filtered");

            b.driver.get(url("registry/dashboard.xhtml"));
            b.waitForText("专业人才队伍概况");
            assertTrue(Long.parseLong(b.visible("active").getText().replace(",", "")) > 500, "Nanchang's headcount");
            assertTrue(b.visible("regions").getText().contains("东湖区"), "by region, Nanchang's districts");
            assertFalse(b.bodyText().contains("九江"), "nothing of another city");
            b.waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#regionChart canvas")).isEmpty());
            assertTrue(b.visible("certificationHeading").getText().contains("持证、登记与继续教育"));
            assertTrue(b.visible("levels").getText().contains("高级社会工作师"), "certified by level");
            assertTrue(b.visible("ceRate").getText().matches("[\\d.]+%"), "a CE compliance rate");
            b.waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#levelChart canvas")).isEmpty());
            b.screenshot("registry-dashboard");
            String expiring = b.visible("expiring").getText();
            b.visible("expiring").click();
            b.waitForText("证书登记与评聘衔接清单");
            assertTrue(b.bodyText().contains("90天内登记到期 (" + expiring + ")"), "the card opens its list");
            b.driver.get(url("registry/activists.xhtml"));
            b.waitForText("工会积极分子和志愿者");

            b.driver.get(url("registry/import.xhtml"));
            b.visible("templateForm:downloadSample").click();
            Path sample = b.awaitDownload("xlsx", "示例");
            b.driver.findElement(By.id("uploadForm:file_input")).sendKeys(sample.toAbsolutePath().toString());
            b.visible("uploadForm:upload").click();
            b.waitUpTo(90).until(d -> d.getPageSource().contains("检查完成，待确认"));
            String counts = b.visible("jobForm:counts").getText();
            assertTrue(counts.contains("共 9 行") && counts.contains("新增 6") && counts.contains("错误 3"), counts);
            assertTrue(b.visible("jobForm:issues").getText().contains("校验码"), "the first errors are listed");
            b.screenshot("import-checked");
            b.visible("jobForm:downloadErrors").click();
            Path report = b.awaitDownload("xlsx", "错误报告");
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(report))) {
                var sheet = book.getSheetAt(0);
                assertEquals("错误说明", sheet.getRow(0).getCell(15).getStringCellValue());
                assertEquals(4, sheet.getPhysicalNumberOfRows(), "header and the three rows in error");
                String errors = sheet.getRow(1).getCell(15).getStringCellValue() + sheet.getRow(2).getCell(15)
                        .getStringCellValue() + sheet.getRow(3).getCell(15).getStringCellValue();
                assertTrue(errors.contains("校验码") && errors.contains("必须填写") && errors.contains("相同"), errors);
                assertTrue(sheet.getRow(1).getCell(2).getStringCellValue().contains("*"), "ID masked in the report");
            }

            // certificates go the same way, from the certification menu
            b.driver.get(url("registry/import.xhtml?kind=CERTIFICATES"));
            b.waitForText("证书导入");
            b.visible("templateForm:downloadSample").click();
            Path certificates = b.awaitDownload("xlsx", "职业水平证书导入示例");
            b.driver.findElement(By.id("uploadForm:file_input")).sendKeys(certificates.toAbsolutePath().toString());
            b.visible("uploadForm:upload").click();
            b.waitUpTo(90).until(d -> d.getPageSource().contains("检查完成，待确认"));
            String certificateCounts = b.visible("jobForm:counts").getText();
            assertTrue(certificateCounts.contains("共 6 行") && certificateCounts.contains("错误 6"),
                    "the sample's people are fictitious: " + certificateCounts);
            String listed = b.visible("jobForm:issues").getText();
            assertTrue(listed.contains("没有以此公民身份号码登记的人员") && listed.contains("证书等级"), listed);
            b.screenshot("certificate-import-checked");
            b.visible("jobForm:downloadErrors").click();
            Path certificateReport = b.awaitDownload("xlsx", "证书导入错误报告");
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(certificateReport))) {
                var sheet = book.getSheetAt(0);
                assertEquals("证书编号", sheet.getRow(0).getCell(4).getStringCellValue());
                assertEquals(7, sheet.getPhysicalNumberOfRows(), "header and the six rows");
            }
            assertFalse(b.visible("recent").getText().contains("人才信息库名册示例"),
                    "roster jobs are listed under the roster import");
        }
    }

    @Test
    void fiveWrongPasswordsLockAnAccountTheSecurityAdminJustCreatedAndTheAuditorSeesIt() throws Exception {
        String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
        String password = "Fresh#Account2026";
        try (Browser b = Browser.open()) {
            login(b, "secadmin", Api.DEMO_PASSWORD);
            b.driver.findElement(By.linkText("用户管理")).click();
            b.visible("usersForm:create").click();
            b.type("userDialogForm:newUsername", username);
            b.type("userDialogForm:displayName", "锁定测试");
            b.type("userDialogForm:initialPassword", password);
            b.screenshot("user-dialog");
            b.visible("userDialogForm:save").click();
            b.waitForText("已创建用户 " + username);
            String signedIn = sessionId(b);
            b.visible("userForm:logout").click();
            b.visible("loggedOutNotice");
            // the old session is gone on the server: replaying its cookie opens nothing
            b.driver.manage().deleteCookieNamed("JSESSIONID");
            b.driver.manage().addCookie(new org.openqa.selenium.Cookie.Builder("JSESSIONID", signedIn)
                    .path("/unionworks").build());
            b.driver.get(url("admin/users.xhtml"));
            assertFalse(b.driver.getCurrentUrl().contains("admin/users"), "logout invalidated the session");

            for (int i = 0; i < 5; i++) {
                login(b, username, "Wrong#Password" + i);
                b.waitForText("用户名或密码不正确");
            }
            login(b, username, password);
            b.waitForText("用户名或密码不正确");
            b.screenshot("login-locked");
            assertTrue(b.driver.getCurrentUrl().contains("login.xhtml"), "the locked account stays outside");

            login(b, "nobody.at.all", password);
            b.waitForText("用户名或密码不正确");

            login(b, "auditor", Api.DEMO_PASSWORD);
            b.driver.findElement(By.linkText("审计日志")).click();
            b.type("auditForm:actor", username);
            b.visible("auditForm:search").click();
            // wait for the filtered result: every row is the locked account's
            b.waitUpTo(20).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                var actors = d.findElements(By.cssSelector(".uw-actor"));
                return !actors.isEmpty() && actors.stream().allMatch(a -> username.equals(a.getText()));
            });
            b.waitForText("账户锁定");
            b.screenshot("audit-search");
            String audit = b.bodyText();
            assertTrue(audit.contains("登录失败"), audit);
        }
    }
    @Test
    void theSecurityAdminIssuesADepartmentsTokenSeesItOnceAndRevokesIt() throws Exception {
        String department = "九江市人社局（浏览器测试 " + UUID.randomUUID().toString().substring(0, 6) + "）";
        try (Browser b = Browser.open()) {
            login(b, "secadmin", Api.DEMO_PASSWORD);
            b.driver.findElement(By.linkText("API 客户端")).click();
            b.visible("clientsForm:create").click();
            b.type("clientDialogForm:clientName", department);
            b.type("clientDialogForm:jurisdiction", "360400");
            b.visible("clientDialogForm:issue").click();
            String token = b.visible("clientDialogForm:token").getAttribute("value");
            b.screenshot("api-client-issued");
            assertTrue(token.startsWith("uwk_") && token.length() == 47, token);
            assertEquals(200, new Api(portal).getAsClient("api/v1/certifications/count", token).statusCode());
            assertEquals(403, new Api(portal).getAsClient("api/v1/certifications?division=360100", token)
                    .statusCode(), "Jiujiang's bureau reads nothing of Nanchang");

            b.visible("clientDialogForm:done").click();
            b.waitUpTo(10).until(d -> d.findElements(By.id("clientDialogForm:token")).isEmpty()
                    || !d.findElement(By.id("clientDialogForm:token")).isDisplayed());
            String page = b.bodyText();
            assertTrue(page.contains(department), page);
            assertFalse(page.contains(token), "the token is not on the page once the dialog is closed");

            WebElement row = b.driver.findElements(By.cssSelector("#clientsForm\\:clients tbody tr")).stream()
                    .filter(r -> r.getText().contains(department)).findFirst().orElseThrow();
            row.findElement(By.cssSelector("button[id$=':revoke']")).click();
            b.driver.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream().filter(WebElement::isDisplayed)
                    .findFirst().orElseThrow().click();
            b.waitForText("已吊销客户端“" + department + "”");
            assertEquals(401, new Api(portal).getAsClient("api/v1/certifications/count", token).statusCode(),
                    "a revoked token opens nothing");
        }
    }

    @Test
    void anOfficialRegistersAProviderSetsUpACourseAndGetsItsAttendanceTemplate() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String provider = "浏览器培训学校" + tag;
        String course = "浏览器测试课程" + tag;
        String today = LocalDate.now().toString();
        try (Browser b = Browser.open()) {
            login(b, "official", Api.DEMO_PASSWORD);
            registryMenu(b, "继续教育培训");
            b.waitForText("培训机构");

            b.type("providers:providerName", provider);
            b.visible("providers:registerProvider").click();
            b.waitForText("培训机构“" + provider + "”已登记");
            assertTrue(b.visible("providers:providerTable").getText().contains(provider));

            b.visible("courses:newCourse").click();
            b.visible("courseForm:courseTitle");
            String providerId = b.driver.findElements(By.cssSelector("[id='courseForm:provider_input'] option"))
                    .stream().filter(o -> provider.equals(o.getAttribute("textContent"))).findFirst().orElseThrow()
                    .getAttribute("value");
            ((JavascriptExecutor) b.driver).executeScript("PF('courseProvider').selectValue('" + providerId + "')");
            b.type("courseForm:courseTitle", course);
            b.type("courseForm:topic", "劳动争议调解");
            b.type("courseForm:hours_input", "12");
            // the dates go in as typed text; the pickers' pop-up calendars are not needed
            ((JavascriptExecutor) b.driver).executeScript("document.getElementById('courseForm:startsOn_input').value"
                    + " = arguments[0]; document.getElementById('courseForm:endsOn_input').value = arguments[0];", today);
            b.screenshot("training-course");
            b.visible("courseForm:saveCourse").click();
            b.waitForText("课程“" + course + "”已设立");
            String courses = b.visible("courses:courseTable").getText();
            assertTrue(courses.contains(course) && courses.contains(provider), courses);

            ((JavascriptExecutor) b.driver).executeScript("PF('planLevel') && PF('planLevel').selectValue('SENIOR')");
            b.type("plans:planPeople_input", "3");
            b.type("plans:planHours_input", "30");
            b.visible("plans:savePlan").click();
            b.waitUpTo(20).until(d -> d.findElement(By.id("plans:planTable")).getText().contains("高级社会工作师"));
            String plans = b.visible("plans:planTable").getText();
            assertTrue(plans.contains("南昌市总工会"), "planned by the official's own unit: " + plans);

            b.visible("courses:importAttendance").click();
            b.waitForText("参训记录导入");
            b.visible("templateForm:downloadTemplate").click();
            Path template = b.awaitDownload("xlsx", "参训记录导入模板");
            List<String> cells = new ArrayList<>();
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(template))) {
                book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString()))));
            }
            assertTrue(cells.contains("培训课程") && cells.contains("实际学时"), "the attendance columns");
            assertTrue(cells.stream().anyMatch(c -> c.startsWith(course + " #")), "the new course in the drop-down");
        }
    }

    @Test
    void theNanchangOfficialFoundsAUnitSetsUpAPostThereAndIsToldWhatIsWrongWithACreditCode() throws Exception {
        String unit = "浏览器测试服务站" + UUID.randomUUID().toString().substring(0, 6);
        String post = "心理疏导岗" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser b = Browser.open()) {
            login(b, "official", Api.DEMO_PASSWORD);
            b.driver.findElement(By.linkText("组织机构")).click();
            b.waitForText("东湖区总工会");

            // found a service station directly under the city union (the tree's first row)
            b.visible("treeForm:orgTree:0:addChild").click();
            b.visible("unitForm:type");
            ((JavascriptExecutor) b.driver).executeScript("PF('unitType').selectValue('SERVICE_CENTRE')");
            b.waitUpTo(20).until(d -> d.findElement(By.id("unitForm:type")).getText().contains("职工服务中心"));
            b.type("unitForm:name", unit);
            b.type("unitForm:workers_input", "1200");
            b.screenshot("org-create");
            b.visible("unitForm:save").click();
            b.waitForText("已新建组织：" + unit);
            assertTrue(b.driver.findElement(By.id("treeForm:orgTree")).getText().contains(unit), "the new unit is in the tree");
            b.screenshot("org-created");

            // a post at the new unit: pick it as the list's filter, the dialog takes it over
            registryMenu(b, "岗位管理");
            b.type("filterForm:within_input", unit);
            b.waitUpTo(20).until(d -> d.findElements(By.cssSelector("li.ui-autocomplete-item")).stream()
                    .anyMatch(li -> li.isDisplayed() && li.getText().contains(unit)));
            b.driver.findElements(By.cssSelector("li.ui-autocomplete-item")).stream()
                    .filter(li -> li.isDisplayed() && li.getText().contains(unit)).findFirst().orElseThrow().click();
            b.visible("filterForm:search").click();
            b.waitForText("没有符合条件的记录");
            b.visible("filterForm:create").click();
            b.type("postForm:title", post);
            b.visible("postForm:save").click();
            b.waitForText("已新设岗位：" + post);
            b.waitUpTo(20).until(d -> d.findElement(By.id("listForm:posts")).getText().contains(post));
            String row = b.driver.findElement(By.id("listForm:posts")).getText();
            assertTrue(row.contains(unit) && row.contains("空缺"), row);
            b.screenshot("post-created");

            // a credit code with a wrong check character is refused in Chinese
            registryMenu(b, "社会组织");
            b.visible("filterForm:create").click();
            b.type("socialOrgForm:formName", "校验测试职工服务社");
            b.type("socialOrgForm:creditCode", "52360100MJA000001A");
            b.type("socialOrgForm:registeredOn_input", "2020-05-01");
            // the picker's panel may open only after a key press (animation under load): click away until it is closed
            b.waitUpTo(20).until(d -> {
                var panels = d.findElements(By.id("socialOrgForm:registeredOn_panel"));
                if (panels.isEmpty() || !panels.get(0).isDisplayed()) {
                    return true;
                }
                // the dialog's title bar: never under the picker's panel, and a click outside the panel closes it
                d.findElement(By.cssSelector("[id='socialOrgDialog'] .ui-dialog-title")).click();
                return false;
            });
            b.visible("socialOrgForm:save").click();
            b.waitForText("统一社会信用代码校验码不符");
            b.screenshot("social-org-refused");
        }
    }

    private static Path download(Browser b, String buttonId, String extension) throws Exception {
        try (var old = Files.list(b.downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        b.visible(buttonId).click();
        return b.awaitDownload(extension);
    }

    @Test
    void theExportsHoldEveryRowOfTheListInTheTablesOrderMaskedUnlessAPurposeIsGiven() throws Exception {
        long activeInScope = Api.json(new Api(portal).get("api/v1/professionals/count?status=ACTIVE", "official"))
                .getJsonNumber("count").longValue();
        try (Browser b = Browser.open()) {
            b.driver.get(url("login.xhtml"));
            b.type("loginForm:username", "official");
            b.type("loginForm:password", Api.DEMO_PASSWORD);
            b.visible("loginForm:submit").click();
            b.visible("scopeName");
            b.driver.get(url("registry/professionals.xhtml"));
            String firstByName = b.visible("listForm:professionals:0:open").getText();
            // the title, not the middle of the header cell, where the column's filter input sits
            b.driver.findElement(By.xpath("//th//span[@class='ui-column-title' and normalize-space()='入职日期']"))
                    .click();
            b.waitUpTo(20).until(d -> !d.findElement(By.id("listForm:professionals:0:open")).getText()
                    .equals(firstByName));
            String firstByJoiningDate = b.visible("listForm:professionals:0:open").getText();
            b.screenshot("registry-export");

            Path xlsx = download(b, "exportForm:exportXlsx", "xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertEquals("身份证号码", sheet.getRow(0).getCell(2).getStringCellValue());
                assertEquals(activeInScope + 1, sheet.getLastRowNum() + 1, "every active person in scope, not a page");
                assertEquals(firstByJoiningDate, sheet.getRow(1).getCell(1).getStringCellValue(), "the table's order");
                assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(0).getCellType());
                assertTrue(sheet.getRow(1).getCell(2).getStringCellValue().matches(MASKED));
            }

            Path pdf = download(b, "exportForm:exportPdf", "pdf");
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("专业人才名单") && text.contains("填报单位：南昌市总工会"), "the Chinese filing");
                assertTrue(text.contains(String.format("共 %,d 人", activeInScope)), "every row in the PDF too");
                assertFalse(text.matches("(?s).*(?<![0-9])\\d{17}[\\dX](?![0-9]).*"), "no full ID number");
            }

            // full values: the personal-data account must name a purpose first
            b.driver.findElement(By.cssSelector("[id='exportForm:fullValues'] .ui-chkbox-box")).click();
            b.visible("exportForm:exportXlsx").click();
            b.waitForText("导出完整身份证号码和联系电话前，请选择用途。");
            b.visible("exportForm:exportReason").click();
            By purpose = By.cssSelector("[id='exportForm:exportReason_panel'] li[data-label='核验身份']");
            b.waitUpTo(20).until(ExpectedConditions.elementToBeClickable(purpose)).click();
            b.waitUpTo(20).until(d -> d.findElement(By.id("exportForm:exportReason")).getText().contains("核验身份"));
            Path full = download(b, "exportForm:exportXlsx", "xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(full))) {
                String id = workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue();
                assertTrue(id.matches("\\d{17}[\\dX]"), "the full ID once a purpose is chosen");
            }
        }
    }

    /** The count on a worklist's button, e.g. 具备资格未聘任 (12). */
    private static long listCount(Browser b, String label) {
        String buttons = b.visible("listChoice:list").getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(label) + " \\((\\d+)\\)")
                .matcher(buttons);
        assertTrue(m.find(), label + " in " + buttons);
        return Long.parseLong(m.group(1));
    }

    private static boolean listsPerson(Browser b, String professionalId) {
        return b.driver.findElements(By.cssSelector("[id$=':person']")).stream()
                .anyMatch(a -> String.valueOf(a.getAttribute("href")).endsWith("id=" + professionalId));
    }

    @Test
    void anOfficialEntersACertificateRecordsAnAppointmentAboveItAndSeesTheMismatchListsChange() throws Exception {
        try (Browser b = Browser.open()) {
            login(b, "official2", Api.DEMO_PASSWORD);
            b.visible("scopeName");
            b.driver.get(url("registry/professionals.xhtml"));
            b.visible("listForm:professionals:3:open").click();
            b.waitUpTo(20).until(d -> d.getCurrentUrl().contains("id="));
            String id = b.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            String name = b.visible("recordName").getText();
            // the worklists filtered to people of this name, as an official looking for one person would
            String lists = "certification/lists.xhtml?name="
                    + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);

            b.driver.findElement(By.linkText("证书与继续教育")).click();
            b.visible("tabs:certificationForm:newCertificate").click();
            b.type("certificateDialogForm:certNumber", "BR" + System.nanoTime() % 1_000_000_000L);
            b.type("certificateDialogForm:examYear_input", "2021");
            b.type("certificateDialogForm:authority", "江西省人力资源和社会保障厅");
            // typed last, and its calendar closed: the open calendar would cover the fields below it
            b.type("certificateDialogForm:issuedOn_input", "2021-07-01");
            b.visible("certificateDialogForm:issuedOn_input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
            b.screenshot("certification-certificate-form");
            b.visible("certificateDialogForm:saveCertificate").click();
            b.waitForText("证书已录入");
            b.waitUpTo(20).until(d -> d.findElement(By.id("tabs:certificationForm:linkage")).getText()
                    .contains("具备资格未聘任"));
            assertEquals("助理级", b.visible("tabs:certificationForm:eligibleTitle").getText());
            b.screenshot("certification-profile");

            b.driver.get(url(lists));
            long eligibleBefore = listCount(b, "具备资格未聘任");
            long aboveBefore = listCount(b, "超资格聘任");
            b.waitUpTo(20).until(d -> listsPerson(b, id));

            b.driver.get(url("registry/professional.xhtml?id=" + id));
            b.driver.findElement(By.linkText("证书与继续教育")).click();
            b.visible("tabs:certificationForm:newAppointment").click();
            b.visible("appointmentForm:titleLevel").click();
            By intermediate = By.cssSelector("[id='appointmentForm:titleLevel_panel'] li[data-label='中级']");
            b.waitUpTo(20).until(ExpectedConditions.elementToBeClickable(intermediate)).click();
            b.type("appointmentForm:employer", "南昌市总工会");
            b.type("appointmentForm:documentNumber", "洪工〔2026〕1号");
            b.visible("appointmentForm:saveAppointment").click();
            b.waitForText("聘任已记录");
            b.waitUpTo(20).until(d -> d.findElement(By.id("tabs:certificationForm:linkage")).getText()
                    .contains("超资格聘任"));

            b.driver.get(url(lists));
            assertEquals(eligibleBefore - 1, listCount(b, "具备资格未聘任"), "off the eligible-not-appointed list");
            assertEquals(aboveBefore + 1, listCount(b, "超资格聘任"), "onto the appointed-above list");
            assertFalse(listsPerson(b, id), "no longer eligible but not appointed");
            b.driver.get(url(lists + "&list=APPOINTED_ABOVE_ELIGIBILITY"));
            b.waitUpTo(20).until(d -> listsPerson(b, id));
            assertTrue(b.visible("listForm:rows").getText().contains("中级"), "the appointed level is shown");
            assertTrue(b.visible("listForm:rows").getText().matches("(?s).*\\d{3}\\*{11}[\\dX]{4}.*"), "masked IDs");
            b.screenshot("certification-lists");
        }
    }
}
