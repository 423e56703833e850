package id.plaju.pelita.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A draft's answers stored compactly as "itemId:value,itemId:value". */
final class DraftAnswers {

    private DraftAnswers() {
    }

    static Map<Long, Integer> parse(String text) {
        Map<Long, Integer> answers = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return answers;
        }
        for (String pair : text.split(",")) {
            String[] parts = pair.split(":");
            if (parts.length == 2) {
                answers.put(Long.parseLong(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        }
        return answers;
    }

    static String format(Map<Long, Integer> answers) {
        return answers.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }
}
