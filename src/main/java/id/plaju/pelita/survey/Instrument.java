package id.plaju.pelita.survey;

import java.util.List;
import java.util.Locale;

/** A survey instrument as it is filled and scored: its scale, subscales and items. */
public record Instrument(long id, String code, int version, String nameId, String nameEn, int scaleMin, int scaleMax,
        InstrumentStatus status, List<ScaleLabel> labels, List<Subscale> subscales, List<Item> items) {

    public record ScaleLabel(int point, String labelId, String labelEn) {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelId;
        }
    }

    public record Subscale(long id, String code, String nameId, String nameEn, boolean inIndex) {
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameId;
        }
    }

    public record Item(long id, long subscaleId, int position, String textId, String textEn, boolean reverseScored) {
        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? textEn : textId;
        }
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }
}
