package org.unionworks.organization.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.DivisionCode.Level;
import org.unionworks.organization.model.DivisionEntry;
import org.unionworks.shared.application.BundleFiles;
import org.unionworks.shared.model.DomainException;

class DivisionCatalogueParserTest {

    private static List<DivisionEntry> parse(String text) {
        return DivisionCatalogueParser.parse(new StringReader(text));
    }

    private static DomainException refusal(String text) {
        DomainException e = assertThrows(DomainException.class, () -> parse(text));
        BundleFiles.assertErrorDefined(e.messageKey());
        return e;
    }

    private static DivisionEntry entry(String code, String name, Level level, String parent) {
        return new DivisionEntry(DivisionCode.of(code), name, level, DivisionCode.of(parent));
    }

    @Test
    void readsTheMinistrysListWithItsTitleAndHeadingsAndDerivesLevelAndParent() {
        String text = """
                2023年中华人民共和国县以上行政区划代码

                行政区划代码\t单位名称
                110000\t北京市
                110101\t东城区
                360000\t江西省
                360100\t南昌市
                360102\t东湖区
                420000\t湖北省
                429004\t仙桃市
                注：本表不含台湾省数据。
                """;
        assertEquals(List.of(
                entry("110000", "北京市", Level.PROVINCE, "100000"),
                entry("110101", "东城区", Level.COUNTY, "110000"),
                entry("360000", "江西省", Level.PROVINCE, "100000"),
                entry("360100", "南昌市", Level.CITY, "360000"),
                entry("360102", "东湖区", Level.COUNTY, "360100"),
                entry("420000", "湖北省", Level.PROVINCE, "100000"),
                entry("429004", "仙桃市", Level.COUNTY, "420000")), parse(text));
    }

    @Test
    void aCountyHangsUnderItsCityWhereverTheCityRowStands() {
        List<DivisionEntry> entries = parse("360102 东湖区\n360100 南昌市\n");
        assertEquals(DivisionCode.of("360100"), entries.get(0).parentCode());
    }

    @Test
    void olderListsWithMunicipalityDistrictRowsKeepThatParent() {
        List<DivisionEntry> entries = parse("110000 北京市\n110100 市辖区\n110101 东城区\n");
        assertEquals(entry("110100", "市辖区", Level.CITY, "110000"), entries.get(1));
        assertEquals(DivisionCode.of("110100"), entries.get(2).parentCode());
    }

    @Test
    void aCountyWithoutItsCityInAPartialListHangsUnderItsProvinceEvenIfTheProvinceIsAbsentToo() {
        assertEquals(DivisionCode.of("360000"), parse("360124 进贤县").get(0).parentCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"360102\t东湖区", "360102 东湖区", "360102    东湖区", "360102\u3000东湖区", "360102,东湖区",
            "360102, 东湖区", "360102 ,东湖区", "360102，东湖区", "360102\t\t东湖区\t", "  360102 东湖区  ",
            "３６０１０２　东湖区", "\uFEFF360102\t东湖区", "360102\u00A0东湖区"})
    void everySeparatorOfCopiedTextIsAccepted(String line) {
        assertEquals(List.of(entry("360102", "东湖区", Level.COUNTY, "360000")), parse(line + "\r\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"360102\t东湖区\t*", "360102 东湖区 备注", "360102,东湖区,已撤销", "360102\t东湖区\t备注：2023年调整"})
    void aRemarkColumnAfterTheNameIsIgnored(String line) {
        assertEquals(List.of(entry("360102", "东湖区", Level.COUNTY, "360000")), parse(line + "\n"));
    }

    @Test
    void aByteOrderMarkFromAUtf8FileIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "360000\t江西省\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        Reader reader = new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8);
        assertEquals(List.of(entry("360000", "江西省", Level.PROVINCE, "100000")), DivisionCatalogueParser.parse(reader));
    }

    @ParameterizedTest
    @ValueSource(strings = {"36010 东湖区", "3601020 东湖区", "360102东湖区", "360102", "360102 ", "360102 东湖区 360103",
            "3601O2 东湖区", "36a102 东湖区", "190000 不存在省", "360001 无市的县", "100000 中华人民共和国", "360102,,东湖区",
            "12 东湖区", "360102\t东湖区\t360103\t西湖区"})
    void aBrokenRowIsRefusedWithItsLineNumber(String line) {
        DomainException e = refusal("2023年中华人民共和国县以上行政区划代码\n\n360000\t江西省\n" + line + "\n360103\t西湖区\n");
        assertEquals("organization.divisionCatalogue.malformedLine", e.messageKey());
        assertEquals(List.of(4), List.of(e.arguments()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年中华人民共和国县以上行政区划代码", "行政区划代码 单位名称", "注：数据截至2023年12月31日",
            "1.港澳台数据暂缺", "数据来源：民政部", "单位名称", "2023年12月"})
    void textLinesAreSkipped(String line) {
        assertEquals(2, parse(line + "\n360000 江西省\n360100 南昌市\n").size());
    }

    @Test
    void aRepeatedCodeIsRefusedWithBothLineNumbers() {
        DomainException e = refusal("360000 江西省\n360100 南昌市\n\n360102 东湖区\n360100 南昌市\n");
        assertEquals("organization.divisionCatalogue.duplicateCode", e.messageKey());
        assertEquals(List.of(5, "360100", 2), List.of(e.arguments()));
    }

    @Test
    void fullWidthDigitsAreTheSameCodeForTheDuplicateCheck() {
        DomainException e = refusal("360100 南昌市\n３６０１００ 南昌市\n");
        assertEquals("organization.divisionCatalogue.duplicateCode", e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "2023年中华人民共和国县以上行政区划代码\n行政区划代码\t单位名称\n"})
    void aTextWithoutRowsIsRefused(String text) {
        assertEquals("organization.divisionCatalogue.empty", refusal(text).messageKey());
    }

    @Test
    void aFailingReaderIsReportedUnchecked() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        assertThrows(UncheckedIOException.class, () -> DivisionCatalogueParser.parse(broken));
    }

    @Test
    void aBrokenRowFarDownIsReportedWithItsOwnNumber() {
        StringBuilder text = new StringBuilder("360000 江西省\n");
        for (int i = 0; i < 1500; i++) {
            text.append('\n');
        }
        text.append("36010x 东湖区\n");
        DomainException e = refusal(text.toString());
        assertEquals(List.of(1502), List.of(e.arguments()));
    }
}
