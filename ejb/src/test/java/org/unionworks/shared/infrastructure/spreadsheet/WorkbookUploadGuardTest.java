package org.unionworks.shared.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.unionworks.shared.infrastructure.spreadsheet.Rejections.assertRejected;
import static org.unionworks.shared.infrastructure.spreadsheet.Zips.text;
import static org.unionworks.shared.infrastructure.spreadsheet.Zips.utf8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookUploadGuardTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    private final WorkbookUploadGuard guard = new WorkbookUploadGuard(WorkbookLimits.defaults());

    // --- genuine files pass

    @Test
    void aWorkbookSavedByPoiPasses() throws IOException {
        Path file = genuine("roster.xlsx");
        assertDoesNotThrow(() -> guard.inspect(file, Files.size(file)));
    }

    @Test
    void aWorkbookFromOurOwnWriterPasses() throws IOException {
        Path file = dir.resolve("export.xlsx");
        try (SpreadsheetWriter writer = new SpreadsheetWriter(); OutputStream out = Files.newOutputStream(file)) {
            writer.sheet("名册").header(List.of("姓名", "性别")).row(List.of("张三", "男"))
                    .dropDown(1, 1, 1000, List.of("男", "女")).instructions("说明", List.of("- 每行一人"));
            writer.write(out);
        }
        assertDoesNotThrow(() -> guard.inspect(file, -1));
    }

    @Test
    void aTemplateSavedAsXltxPasses() throws IOException {
        Path file = new MinimalWorkbook().mainContentType(XSSFRelation.TEMPLATE_WORKBOOK.getContentType())
                .sheetData(MinimalWorkbook.row(1, "姓名")).writeTo(dir.resolve("template.xlsx"));
        assertDoesNotThrow(() -> guard.inspect(file, -1));
    }

    @Test
    void aDoctypeInsideACommentIsOnlyText() throws IOException {
        Path file = new MinimalWorkbook().sheetData("<!-- <!DOCTYPE x [<!ENTITY a 'b'>]> -->" + MinimalWorkbook.row(1, "a"))
                .writeTo(dir.resolve("comment.xlsx"));
        assertDoesNotThrow(() -> guard.inspect(file, -1));
    }

    // --- what the upload is

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertRejected("import.file.empty", () -> guard.inspect(file, 0));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithTheLimitInMegabytes() throws IOException {
        Path file = genuine("roster.xlsx");
        WorkbookUploadGuard strict = new WorkbookUploadGuard(limits(Files.size(file) - 1, MIB, 1000, 100, MIB));
        assertRejected("import.file.tooLarge", new Object[] {1L}, () -> strict.inspect(file, Files.size(file)));
    }

    @Test
    void anOverstatedDeclaredSizeIsRefusedWithoutLookingFurther() throws IOException {
        Path file = genuine("roster.xlsx");
        assertRejected("import.file.tooLarge", new Object[] {100L}, () -> guard.inspect(file, 101 * MIB));
    }

    @Test
    void anUnderstatedDeclaredSizeGainsNothing() throws IOException {
        Path file = genuine("roster.xlsx");
        WorkbookUploadGuard strict = new WorkbookUploadGuard(limits(Files.size(file) - 1, MIB, 1000, 100, MIB));
        assertRejected("import.file.tooLarge", () -> strict.inspect(file, 10));
    }

    @Test
    void csvRenamedToXlsxIsRecognised() throws IOException {
        Path utf8 = Files.write(dir.resolve("utf8.xlsx"),
                "\uFEFF姓名,身份证号,手机号\r\n张三,110101199001011234,13800138000\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        Path gbk = Files.write(dir.resolve("gbk.xlsx"),
                "姓名,性别\r\n李四,女\r\n".getBytes(Charset.forName("GBK")));
        Path unicodeText = Files.write(dir.resolve("unicode.xlsx"),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "姓名\t性别\r\n王五\t男\r\n".getBytes(StandardCharsets.UTF_16LE)));
        for (Path file : List.of(utf8, gbk, unicodeText)) {
            assertRejected("import.file.csv", () -> guard.inspect(file, -1));
        }
    }

    @Test
    void webPagesAndXmlSpreadsheetsRenamedToXlsxAreRecognised() throws IOException {
        Path html = Files.write(dir.resolve("export.xlsx"),
                utf8("\n  <html><body><table><tr><td>姓名</td></tr></table></body></html>"));
        Path spreadsheetMl = Files.write(dir.resolve("excel2003.xlsx"), utf8("""
                <?xml version="1.0"?>
                <?mso-application progid="Excel.Sheet"?>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>"""));
        for (Path file : List.of(html, spreadsheetMl)) {
            assertRejected("import.file.markup", () -> guard.inspect(file, -1));
        }
    }

    @Test
    void aLegacyXlsIsRecognised() throws IOException {
        Path file = dir.resolve("old.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("名册").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
        }
        assertRejected("import.file.xls", () -> guard.inspect(file, -1));
    }

    @Test
    void aPasswordProtectedWorkbookIsRecognised() throws Exception {
        Path plain = genuine("plain.xlsx");
        Path file = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("工会2024");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertRejected("import.file.encrypted", () -> guard.inspect(file, -1));
    }

    @Test
    void anotherOfficeDocumentInAnOle2ContainerIsNoWorkbook() throws IOException {
        Path file = dir.resolve("word.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertRejected("import.file.notXlsx", () -> guard.inspect(file, -1));
    }

    @Test
    void binaryThatIsNeitherZipNorTextIsNoWorkbook() throws IOException {
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        Path file = Files.write(dir.resolve("photo.xlsx"), png);
        assertRejected("import.file.notXlsx", () -> guard.inspect(file, -1));
    }

    @Test
    void aZipWithoutWorkbookIsNoWorkbook() throws IOException {
        Path file = Zips.write(dir.resolve("archive.xlsx"), Map.of("名册.csv", utf8("姓名\n张三\n")));
        assertRejected("import.file.notXlsx", () -> guard.inspect(file, -1));
    }

    @Test
    void aWordDocumentIsNoWorkbook() throws IOException {
        Path file = Zips.write(dir.resolve("letter.xlsx"), Map.of(
                "[Content_Types].xml", utf8("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.document.main+xml\"/></Types>"),
                "word/document.xml", utf8("<w:document xmlns:w=\"urn:w\"/>")));
        assertRejected("import.file.notXlsx", () -> guard.inspect(file, -1));
    }

    @Test
    void aWorkbookPartOfAnotherTypeIsNoWorkbook() throws IOException {
        Path file = new MinimalWorkbook().mainContentType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
                .writeTo(dir.resolve("disguised.xlsx"));
        assertRejected("import.file.notXlsx", () -> guard.inspect(file, -1));
    }

    @Test
    void aWorkbookPartWithoutContentTypeIsNoWorkbook() throws IOException {
        Path file = new MinimalWorkbook().entry("[Content_Types].xml", utf8(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"))
                .writeTo(dir.resolve("untyped.xlsx"));
        assertRejected("import.file.notXlsx", () -> guard.inspect(file, -1));
    }

    // --- macros

    @Test
    void aVbaProjectIsRefused() throws IOException {
        Map<String, byte[]> entries = Zips.read(genuine("roster.xlsx"));
        entries.put("xl/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Path file = Zips.write(dir.resolve("macros.xlsx"), entries);
        assertRejected("import.file.macros", () -> guard.inspect(file, -1));
    }

    @Test
    void aMacroEnabledWorkbookIsRefusedEvenWithoutVbaProject() throws IOException {
        Path file = new MinimalWorkbook().mainContentType(XSSFRelation.MACROS_WORKBOOK.getContentType())
                .writeTo(dir.resolve("renamed.xlsm"));
        assertRejected("import.file.macros", () -> guard.inspect(file, -1));
    }

    // --- zip bombs

    @Test
    void anEntryInflatingFarMoreThanASheetDoesIsABomb() throws IOException {
        Path file = new MinimalWorkbook().entry("xl/media/image1.png", new byte[50 * (int) MIB])
                .writeTo(dir.resolve("bomb.xlsx"));
        assertRejected("import.file.zipBomb", () -> guard.inspect(file, -1));
    }

    @Test
    void inflatedBytesAreCountedNotTheSizesTheArchiveDeclares() throws IOException {
        byte[] content = compressibleText(4 * MIB);
        Path file = workbookEntries(new RawZip()).deflated("xl/media/data.bin", content, RawZip.deflate(content), 10)
                .writeTo(dir.resolve("liar.xlsx"));
        WorkbookUploadGuard guard = new WorkbookUploadGuard(limits(MIB * 100, 2 * MIB, 1000, 1000, MIB));
        assertRejected("import.file.zipBomb", () -> guard.inspect(file, -1));
    }

    @Test
    void directoryRecordsSharingOneEntryAreEachCounted() throws IOException {
        byte[] content = compressibleText(MIB);
        byte[] compressed = RawZip.deflate(content);
        RawZip zip = workbookEntries(new RawZip());
        int offset = zip.local("xl/media/kernel.bin", RawZip.DEFLATED, 0, compressed, RawZip.crc(content),
                compressed.length, content.length);
        for (int i = 0; i < 20; i++) {
            zip.central("xl/media/copy" + i + ".bin", RawZip.DEFLATED, 0, RawZip.crc(content), compressed.length,
                    content.length, offset);
        }
        Path file = zip.writeTo(dir.resolve("overlap.xlsx"));
        WorkbookUploadGuard guard = new WorkbookUploadGuard(limits(MIB * 100, 10 * MIB, 1000, 1000, MIB));
        assertRejected("import.file.zipBomb", () -> guard.inspect(file, -1));
    }

    @Test
    void inflatingStopsAtTheLimit() throws IOException {
        // the data is damaged after 3 MiB: a guard reading past its 1 MiB limit would call the file corrupt
        byte[] content = compressibleText(6 * MIB);
        Path file = damaged("truncated-bomb.xlsx", content, 0.5);
        WorkbookUploadGuard guard = new WorkbookUploadGuard(limits(MIB * 100, MIB, 1000, 1000, MIB));
        assertRejected("import.file.zipBomb", () -> guard.inspect(file, -1));
    }

    @Test
    void moreEntriesThanAWorkbookHasAreABomb() throws IOException {
        MinimalWorkbook workbook = new MinimalWorkbook();
        for (int i = 0; i < 1000; i++) {
            workbook.entry("xl/media/image" + i + ".png", new byte[] {1});
        }
        Path file = workbook.writeTo(dir.resolve("entries.xlsx"));
        assertRejected("import.file.zipBomb", () -> guard.inspect(file, -1));
    }

    @Test
    void aPartPoiLoadsWholeMayNotBeHuge() throws IOException {
        String styles = "<numFmts count=\"0\"/>" + "<!-- padding -->".repeat(10_000);
        Path file = new MinimalWorkbook().styles(styles).writeTo(dir.resolve("styles.xlsx"));
        WorkbookUploadGuard guard = new WorkbookUploadGuard(limits(MIB * 100, MIB * 100, 1000, 1000, 64 * 1024));
        assertRejected("import.file.tooComplex", () -> guard.inspect(file, -1));
        WorkbookUploadGuard roomy = new WorkbookUploadGuard(limits(MIB * 100, MIB * 100, 1000, 1000, MIB));
        assertDoesNotThrow(() -> roomy.inspect(file, -1));
    }

    // --- XML

    @Test
    void billionLaughsInTheWorkbookPartIsRefused() throws IOException {
        Map<String, byte[]> entries = new MinimalWorkbook().entries();
        String workbook = text(entries.get("xl/workbook.xml")).replaceFirst("\\?>", """
                ?>
                <!DOCTYPE workbook [
                  <!ENTITY lol "lol">
                  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                ]>""");
        entries.put("xl/workbook.xml", utf8(workbook));
        Path file = Zips.write(dir.resolve("laughs.xlsx"), entries);
        assertRejected("import.file.xmlEntity", () -> guard.inspect(file, -1));
    }

    @Test
    void externalEntitiesInSharedStringsAreRefused() throws IOException {
        Map<String, byte[]> entries = new MinimalWorkbook().sharedStrings("<si><t>&xxe;</t></si>").entries();
        String strings = text(entries.get("xl/sharedStrings.xml"))
                .replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
        entries.put("xl/sharedStrings.xml", utf8(strings));
        Path file = Zips.write(dir.resolve("xxe.xlsx"), entries);
        assertRejected("import.file.xmlEntity", () -> guard.inspect(file, -1));
    }

    @Test
    void aDoctypeInAPartEncodedAsUtf16IsFoundToo() throws IOException {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x SYSTEM \"http://evil.example/x.dtd\">"
                + "<worksheet xmlns=\"" + MinimalWorkbook.MAIN_NS + "\"><sheetData/></worksheet>";
        Path file = new MinimalWorkbook()
                .entry("xl/worksheets/sheet1.xml", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                        sheet.getBytes(StandardCharsets.UTF_16BE)))
                .writeTo(dir.resolve("utf16.xlsx"));
        assertRejected("import.file.xmlEntity", () -> guard.inspect(file, -1));
    }

    @Test
    void anEntityDeclarationInAPartWithAnUnusualNameIsFound() throws IOException {
        Path file = new MinimalWorkbook().entry("customXml/item1.xml", utf8("<x><!ENTITY a \"b\"></x>"))
                .writeTo(dir.resolve("custom.xlsx"));
        assertRejected("import.file.xmlEntity", () -> guard.inspect(file, -1));
    }

    @Test
    void elementsNestedDeeperThanAnyWorkbookAreRefused() throws IOException {
        String deep = "<a>".repeat(XmlPartScanner.MAX_DEPTH + 1) + "</a>".repeat(XmlPartScanner.MAX_DEPTH + 1);
        Path file = new MinimalWorkbook().entry("customXml/item1.xml", utf8(deep))
                .writeTo(dir.resolve("deep.xlsx"));
        assertRejected("import.file.tooComplex", () -> guard.inspect(file, -1));
    }

    // --- damage

    @Test
    void aTruncatedUploadIsCorrupt() throws IOException {
        byte[] whole = Files.readAllBytes(genuine("whole.xlsx"));
        Path file = Files.write(dir.resolve("half.xlsx"), Arrays.copyOf(whole, whole.length * 2 / 3));
        assertRejected("import.file.corrupt", () -> guard.inspect(file, -1));
    }

    @Test
    void aZipSignatureFollowedByGarbageIsCorrupt() throws IOException {
        byte[] garbage = new byte[2048];
        new Random(3).nextBytes(garbage);
        System.arraycopy(new byte[] {0x50, 0x4B, 0x03, 0x04}, 0, garbage, 0, 4);
        Path file = Files.write(dir.resolve("garbage.xlsx"), garbage);
        assertRejected("import.file.corrupt", () -> guard.inspect(file, -1));
    }

    @Test
    void damagedCompressedDataIsCorrupt() throws IOException {
        Path file = damaged("damaged.xlsx", compressibleText(64 * 1024), 0.1);
        assertRejected("import.file.corrupt", () -> guard.inspect(file, -1));
    }

    @Test
    void aPartNamedTwiceIsCorrupt() throws IOException {
        RawZip zip = workbookEntries(new RawZip());
        zip.deflated("XL/Workbook.xml", utf8("<workbook/>"));
        Path file = zip.writeTo(dir.resolve("twice.xlsx"));
        assertRejected("import.file.corrupt", () -> guard.inspect(file, -1));
    }

    @Test
    void aZipEncryptedEntryIsAnEncryptedFile() throws IOException {
        RawZip zip = workbookEntries(new RawZip());
        byte[] noise = new byte[64];
        int offset = zip.local("xl/media/secret.bin", RawZip.STORED, RawZip.ENCRYPTED_FLAG, noise, 0, 64, 52);
        zip.central("xl/media/secret.bin", RawZip.STORED, RawZip.ENCRYPTED_FLAG, 0, 64, 52, offset);
        Path file = zip.writeTo(dir.resolve("zipcrypto.xlsx"));
        assertRejected("import.file.encrypted", () -> guard.inspect(file, -1));
    }

    // --- helpers

    private Path genuine(String name) throws IOException {
        Path file = dir.resolve(name);
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("名册");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("身份证号");
            for (int i = 1; i <= 200; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("社工" + i);
                row.createCell(1).setCellValue(String.format("1101011990010112%02d", i % 100));
            }
            workbook.write(out);
        }
        return file;
    }

    /** A minimal workbook with one more entry, whose compressed data is overwritten after its intact share. */
    private Path damaged(String name, byte[] content, double intactShare) throws IOException {
        byte[] compressed = RawZip.deflate(content);
        Arrays.fill(compressed, (int) (compressed.length * intactShare), compressed.length, (byte) 0xFF);
        return workbookEntries(new RawZip()).deflated("xl/media/data.bin", content, compressed, content.length)
                .writeTo(dir.resolve(name));
    }

    /** The parts of a minimal workbook, each with a truthful directory record. */
    private static RawZip workbookEntries(RawZip zip) {
        new MinimalWorkbook().entries().forEach(zip::deflated);
        return zip;
    }

    /** Text that deflates about 5:1, like sheet XML, so that only the limit under test is reached. */
    private static byte[] compressibleText(long size) {
        Random random = new Random(11);
        StringBuilder text = new StringBuilder();
        while (text.length() < size) {
            text.append("<c r=\"A").append(random.nextInt(1_000_000)).append("\"><v>")
                    .append(random.nextInt()).append("</v></c>");
        }
        return utf8(text.substring(0, (int) size));
    }

    private static WorkbookLimits limits(long file, long total, int entries, int ratio, long inMemory) {
        return new WorkbookLimits(file, total, entries, ratio, inMemory);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
