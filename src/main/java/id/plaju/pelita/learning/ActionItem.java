package id.plaju.pelita.learning;

import java.time.LocalDate;

/** A stored action of a Rencana Tindak Lanjut. */
public record ActionItem(long id, int position, String action, LocalDate targetDate) {
}
