package org.unionworks.shared.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roster export of 50,000 social workers goes out through the writer and comes back through the guard and the
 * reader, as a clerk's download-edit-upload would, and every value arrives as the importer needs it.
 */
class RosterRoundTripTest {

    private static final int ROWS = 50_000;
    /** Every this many rows the export has a blank line, which the reader must skip. */
    private static final int BLANK_EVERY = 10_000;
    private static final List<String> HEADER = List.of("序号", "姓名", "性别", "民族", "身份证号",
            "出生日期", "手机号", "工作单位", "职务", "入会日期", "持证", "继续教育学时", "月薪", "备注");
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "欧阳",
        "司马"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
        "杰"};
    private static final String[] NATIONS = {"汉族", "回族", "满族", "蒙古族", "维吾尔族", "藏族", "壮族"};
    private static final String[] TITLES = {"社工", "督导", "站长", "-", "主任"};

    @TempDir
    Path dir;

    @Test
    void everyRowOfALargeRosterSurvivesTheRoundTrip() throws IOException {
        Path file = dir.resolve("名册.xlsx");
        try (SpreadsheetWriter writer = new SpreadsheetWriter(); OutputStream out = Files.newOutputStream(file)) {
            writer.sheet("社工名册").textColumns(4, 6).header(HEADER)
                    .dropDown(2, 1, ROWS + 100, List.of("男", "女"))
                    .dropDown(3, 1, ROWS + 100, List.of(NATIONS))
                    .instructions("填写说明", List.of("每行填写一名社会工作者", "- 身份证号为 18 位"));
            for (int i = 1; i <= ROWS; i++) {
                writer.row(written(i));
                if (i % BLANK_EVERY == 0) {
                    writer.row(Arrays.asList(new Object[HEADER.size()]));
                }
            }
            writer.write(out);
        }

        new WorkbookUploadGuard(WorkbookLimits.defaults()).inspect(file, Files.size(file));

        int[] read = {0};
        new StreamingSheetReader(200_000).read(file, HEADER, row -> {
            int i = ++read[0];
            int excelRow = 1 + i + (i - 1) / BLANK_EVERY;
            assertEquals(excelRow, row.rowNumber(), "row number of roster entry " + i);
            assertEquals(expected(i), row.cells(), "roster entry " + i);
            return true;
        });
        assertEquals(ROWS, read[0]);
    }

    private static List<Object> written(int i) {
        return Arrays.asList(i, name(i), i % 2 == 0 ? "女" : "男", NATIONS[i % NATIONS.length], idNumber(i),
                birthDate(i), 13_800_000_000L + i, "某市第" + (i % 500) + "基层工会", TITLES[i % TITLES.length],
                birthDate(i).plusYears(25), i % 3 == 0, (i % 80) / 2.0,
                new BigDecimal(i % 9000 + 3000).movePointLeft(2), remark(i));
    }

    private static List<String> expected(int i) {
        String title = TITLES[i % TITLES.length];
        String remark = remark(i);
        return List.of(String.valueOf(i), name(i), i % 2 == 0 ? "女" : "男", NATIONS[i % NATIONS.length], idNumber(i),
                birthDate(i).toString(), String.valueOf(13_800_000_000L + i), "某市第" + (i % 500) + "基层工会",
                // what would start a formula comes back with the apostrophe the writer put in front of it
                title.equals("-") ? "'-" : title,
                birthDate(i).plusYears(25).toString(), i % 3 == 0 ? "TRUE" : "FALSE",
                new BigDecimal((i % 80) / 2.0).stripTrailingZeros().toPlainString(),
                new BigDecimal(i % 9000 + 3000).movePointLeft(2).stripTrailingZeros().toPlainString(),
                remark == null ? "" : remark.startsWith("=") ? "'" + remark : remark.strip());
    }

    private static String name(int i) {
        String second = i % 4 == 0 ? "" : GIVEN[(i / 7) % GIVEN.length];
        return SURNAMES[i % SURNAMES.length] + GIVEN[i % GIVEN.length] + second;
    }

    /** Some end in X, some start with a zero-padded region: both must stay text. */
    private static String idNumber(int i) {
        String body = String.format("%06d%s%03d", 110101 + i % 7, birthDate(i).toString().replace("-", ""), i % 1000);
        return body + (i % 11 == 0 ? "X" : String.valueOf(i % 10));
    }

    private static LocalDate birthDate(int i) {
        return LocalDate.of(1960, 1, 1).plusDays(i * 7L % 15_000);
    }

    private static String remark(int i) {
        if (i % 1000 == 0) {
            return "=HYPERLINK(\"http://evil.example\")";
        }
        if (i % 7 == 0) {
            return "  调入自" + (i % 30) + "区\u3000";
        }
        return null;
    }
}
