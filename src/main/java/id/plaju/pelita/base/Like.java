package id.plaju.pelita.base;

/**
 * LIKE patterns from user input: {@code %} and {@code _} typed by a user match themselves. The
 * escape character is {@code !}, not a backslash, which MySQL would read as a string escape.
 */
public final class Like {

    public static final char ESCAPE = '!';

    private Like() {
    }

    public static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    public static String startsWith(String text) {
        return escape(text) + "%";
    }
}
