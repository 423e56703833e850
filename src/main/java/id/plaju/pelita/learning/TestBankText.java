package id.plaju.pelita.learning;

import id.plaju.pelita.base.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plain-text form in which an admin writes a test, so that questions can be pasted from a
 * document: an item is a question line followed by its options, the correct one starting with
 * {@code *}, the others with {@code -}; a blank line separates items.
 *
 * <pre>
 * Berapa JP pengembangan kompetensi yang menjadi hak ASN per tahun?
 * - 10 JP
 * * 20 JP
 * - 40 JP
 * </pre>
 */
public final class TestBankText {

    public static final int MAX_ITEMS = 40;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 6;
    public static final int MAX_QUESTION = 1000;
    public static final int MAX_OPTION = 500;

    private TestBankText() {
    }

    /** Reads the items, or refuses the text naming the first line (1-based) that is wrong. */
    public static List<TestItem> parse(String text) {
        List<TestItem> items = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        StringBuilder question = null;
        List<TestItem.Option> options = new ArrayList<>();
        int itemLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            int lineNo = i + 1;
            boolean option = line.startsWith("*") || line.startsWith("-");
            if (line.isEmpty() || (!option && !options.isEmpty())) {
                if (question != null) {
                    items.add(item(question.toString(), options, itemLine));
                    question = null;
                    options = new ArrayList<>();
                }
                if (line.isEmpty()) {
                    continue;
                }
            }
            if (option) {
                if (question == null) {
                    throw new UserFacingException("test.error.option-without-question", lineNo);
                }
                String label = line.substring(1).strip();
                if (label.isEmpty()) {
                    throw new UserFacingException("test.error.empty-option", lineNo);
                }
                if (label.length() > MAX_OPTION) {
                    throw new UserFacingException("test.error.option-too-long", lineNo, MAX_OPTION);
                }
                options.add(new TestItem.Option(null, label, line.startsWith("*")));
            } else if (question == null) {
                question = new StringBuilder(line);
                itemLine = lineNo;
            } else {
                question.append(' ').append(line);
            }
        }
        if (items.isEmpty()) {
            throw new UserFacingException("test.error.no-items");
        }
        if (items.size() > MAX_ITEMS) {
            throw new UserFacingException("test.error.too-many-items", MAX_ITEMS);
        }
        return List.copyOf(items);
    }

    private static TestItem item(String question, List<TestItem.Option> options, int line) {
        if (question.length() > MAX_QUESTION) {
            throw new UserFacingException("test.error.question-too-long", line, MAX_QUESTION);
        }
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw new UserFacingException("test.error.option-count", line, MIN_OPTIONS, MAX_OPTIONS);
        }
        if (options.stream().filter(TestItem.Option::correct).count() != 1) {
            throw new UserFacingException("test.error.one-correct", line);
        }
        return new TestItem(null, question, List.copyOf(options));
    }

    /** The text that {@link #parse} reads back into the same items. */
    public static String format(List<TestItem> items) {
        return items.stream()
                .map(item -> item.question() + "\n" + item.options().stream()
                        .map(o -> (o.correct() ? "* " : "- ") + o.label()).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n"));
    }
}
