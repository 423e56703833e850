package id.plaju.pelita.training.ui;

import com.vaadin.flow.component.Component;
import id.plaju.pelita.training.ProgrammeRow;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, JP and programme names written in the UI's language. */
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

    /** A programme's title, with its version once revised and a note when it is no longer offered. */
    public static String programme(Component owner, ProgrammeRow programme) {
        String title = programme.versionNo() > 1
                ? owner.getTranslation("training.programme.version", programme.title(), programme.versionNo())
                : programme.title();
        return programme.active() ? title : owner.getTranslation("training.programme.inactive", title);
    }
}
