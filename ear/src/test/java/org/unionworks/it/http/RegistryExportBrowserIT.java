package org.unionworks.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.unionworks.it.Deployments;

/** The list's export buttons in a real headless Chromium: what the table shows is what the file holds. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryExportBrowserIT {

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
            b.driver.findElement(By.cssSelector("[id='exportForm:exportReason_panel'] li[data-label='核验身份']")).click();
            Path full = download(b, "exportForm:exportXlsx", "xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(full))) {
                String id = workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue();
                assertTrue(id.matches("\\d{17}[\\dX]"), "the full ID once a purpose is chosen");
            }
        }
    }
}
