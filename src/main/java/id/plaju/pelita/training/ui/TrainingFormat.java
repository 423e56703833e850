package id.plaju.pelita.training.ui;

import java.util.Locale;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and JP written in the UI's language. */
public final class TrainingFormat {

    private TrainingFormat() {
    }

    public static String dateTime(Locale locale, LocalDateTime value) {
        return value == null ? "" : value.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale));
    }

    public static String jp(Locale locale, BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(value == null ? BigDecimal.ZERO : value);
    }
}
