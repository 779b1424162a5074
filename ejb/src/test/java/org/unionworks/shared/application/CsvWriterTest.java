package org.unionworks.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String line(Object... values) throws IOException {
        StringWriter text = new StringWriter();
        new CsvWriter(text).row(Arrays.asList(values));
        return text.toString();
    }

    @Test
    void plainFieldsAreWrittenAsTheyAreAndLinesEndWithCrLf() throws IOException {
        assertEquals("张三,42,2026-12-05,SOCIAL_WORKER\r\n", line("张三", 42, LocalDate.of(2026, 12, 5), "SOCIAL_WORKER"));
    }

    @Test
    void nullIsAnEmptyField() throws IOException {
        assertEquals(",x,\r\n", line(null, "x", null));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() throws IOException {
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n",
                line("a,b", "say \"hi\"", "two\nlines", "cr\rhere"));
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeutralised() throws IOException {
        assertEquals("'=1+1,'+86,'-2,'@SUM(A1)\r\n", line("=1+1", "+86", "-2", "@SUM(A1)"));
    }

    @Test
    void numbersAreNotNeutralised() throws IOException {
        assertEquals("-2,1.5\r\n", line(-2, 1.5));
    }

    @Test
    void neutralisedTextWithACommaIsStillQuoted() throws IOException {
        assertEquals("\"'=A1,B1\"\r\n", line("=A1,B1"));
    }
}
