package org.unionworks.shared.application;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetWriter;

/**
 * Rows of comma-separated values by RFC 4180: a field is quoted when it holds a comma, a quote or a line break, and
 * a quote inside it is doubled; lines end with CRLF. Text that a spreadsheet would run as a formula (starting with
 * = + - @) is neutralised as in the workbooks; numbers, dates and codes are written as they are.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** One line: strings are neutralised text, null is empty, anything else its {@code toString()}. */
    public void row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object value = values.get(i);
            if (value instanceof String text) {
                field(SpreadsheetWriter.neutralised(text));
            } else if (value != null) {
                field(value.toString());
            }
        }
        out.write("\r\n");
    }

    public void flush() throws IOException {
        out.flush();
    }

    private void field(String text) throws IOException {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(text);
            return;
        }
        out.write('"');
        out.write(text.replace("\"", "\"\""));
        out.write('"');
    }
}
