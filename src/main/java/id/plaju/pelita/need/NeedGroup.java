package id.plaju.pelita.need;

/**
 * Needs of one topic (compared without case and spacing) from one unit: how many people asked
 * ({@code proposals}, duplicates merged in included), how many of those a head endorsed, how many
 * are planned already.
 */
public record NeedGroup(String topic, String unitName, long proposals, long endorsed, long planned) {
}
