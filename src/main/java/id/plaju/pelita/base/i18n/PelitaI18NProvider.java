package id.plaju.pelita.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translations from {@code vaadin-i18n/translations*.properties}: the base file is Bahasa
 * Indonesia (the default language), {@code _en} is English. Never falls back to the JVM's locale.
 */
@Component
public class PelitaI18NProvider implements I18NProvider {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-US");
    public static final List<Locale> LOCALES = List.of(INDONESIAN, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(PelitaI18NProvider.class);
    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key;
        }
    }

    /** The supported locale closest to the given one; Indonesian unless English is asked for. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale chosen = supported(locale);
        return chosen == ENGLISH
                ? ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK)
                : ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
    }
}
