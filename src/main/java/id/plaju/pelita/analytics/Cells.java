package id.plaju.pelita.analytics;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** A value of a dashboard table as the reader's language writes it, the same in the page, the exports and the PDF. */
public final class Cells {

    private Cells() {
    }

    /** "22,2%", "4,2", "1.234"; "—" where there is none. */
    public static String format(Object value, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Share share) {
            NumberFormat percent = NumberFormat.getPercentInstance(locale);
            percent.setMaximumFractionDigits(1);
            return percent.format(share.value());
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            NumberFormat decimal = NumberFormat.getNumberInstance(locale);
            decimal.setMaximumFractionDigits(1);
            return decimal.format(value);
        }
        return value instanceof Number number ? NumberFormat.getIntegerInstance(locale).format(number) : value.toString();
    }
}
