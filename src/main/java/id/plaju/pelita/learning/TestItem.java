package id.plaju.pelita.learning;

import java.util.List;

/**
 * One multiple-choice item: a question and its options, exactly one of them correct. Ids are
 * {@code null} for an item not yet stored; a participant's sheet carries no correctness.
 */
public record TestItem(Long id, String question, List<Option> options) {

    public record Option(Long id, String label, boolean correct) {
    }
}
