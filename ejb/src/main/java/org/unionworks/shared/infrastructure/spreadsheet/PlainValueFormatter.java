package org.unionworks.shared.infrastructure.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric cells into the text an importer can parse, whatever number format the clerk's Excel applied:
 * dates as ISO {@code yyyy-MM-dd}, other numbers in plain notation. POI's own formatting would follow the display
 * format instead ("1.38E+10" for a phone number typed as a number, "3.50" for a rate, "2024/3/1" for a date).
 */
final class PlainValueFormatter extends DataFormatter {

    /** Excel keeps and shows 15 significant digits; more are binary noise (0.1 + 0.2 = 0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final boolean date1904;

    /** @param date1904 the workbook counts days from 1904 (old Excel for Mac) instead of 1900 */
    PlainValueFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return dateText(value);
        }
        return plain(value);
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private String dateText(double value) {
        LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904, true);
        if (value < 1) {
            // a time of day without a date: Excel stores it as a fraction of day 0
            return TIME.format(dateTime);
        }
        if (dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return dateTime.toLocalDate().toString();
        }
        return DATE_TIME.format(dateTime);
    }
}
