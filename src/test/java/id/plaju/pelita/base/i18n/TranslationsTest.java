package id.plaju.pelita.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every language must offer every text: a key missing in one file shows up as "!key" in the UI. */
class TranslationsTest {

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyTranslationFileHasTheSameKeys() throws IOException {
        Properties indonesian = load("translations.properties");
        Properties english = load("translations_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(indonesian.stringPropertyNames());
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_en.properties"}) {
            load(file).forEach((key, value) -> assertThat(value.toString().strip()).as(file + ": " + key).isNotEmpty());
        }
    }

    /** An apostrophe quotes in a message with arguments ("A programme's {0}" shows "{0}"): it must be doubled. */
    @Test
    void everyPlaceholderIsFilledInEveryLanguage() throws IOException {
        PelitaI18NProvider provider = new PelitaI18NProvider();
        Object[] arguments = java.util.stream.IntStream.range(0, 10).mapToObj(i -> "A" + i).toArray();
        for (String file : new String[] {"translations.properties", "translations_en.properties"}) {
            Locale locale = file.contains("_en") ? Locale.ENGLISH : Locale.forLanguageTag("id-ID");
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                if (texts.getProperty(key).matches("(?s).*\\{\\d.*")) {
                    assertThat(provider.getTranslation(key, locale, arguments)).as(file + ": " + key)
                            .doesNotContainPattern("\\{\\d").doesNotContain("''").contains("A0");
                }
            }
        }
    }

    @Test
    void indonesianIsTheDefaultAndEnglishIsAvailable() {
        PelitaI18NProvider provider = new PelitaI18NProvider();

        assertThat(provider.getTranslation("menu.home", Locale.forLanguageTag("id-ID"))).isEqualTo("Beranda");
        assertThat(provider.getTranslation("menu.home", Locale.ENGLISH)).isEqualTo("Home");
        assertThat(provider.getTranslation("menu.home", Locale.GERMAN)).isEqualTo("Beranda");
        assertThat(provider.getTranslation("home.waiting.text", Locale.ENGLISH, "1,234", 5))
                .isEqualTo("1,234 open surveys · 5 training evaluations");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    /**
     * Every literal key the code translates or refuses with (getTranslation, a user-facing
     * exception, an employee problem) must be in the bundle: a typo shows up here, not as "!key" in the UI.
     */
    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties indonesian = load("translations.properties");
        Set<String> prefixes = indonesian.stringPropertyNames().stream()
                .map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))).collect(Collectors.toSet());
        Pattern literal = Pattern.compile(
                "(?:getTranslation\\(|Exception\\(|EmployeeProblem\\([^\"]*?)\"([a-z]+(?:\\.[a-z0-9_-]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    String prefix = key.substring(0, key.indexOf('.'));
                    boolean dynamic = indonesian.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                    if (prefixes.contains(prefix) && !indonesian.containsKey(key) && !dynamic) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
