package id.plaju.pelita.training;

/** A participant of a session, for the attendance list. */
public record ParticipantRow(long id, long employeeId, String nip, String fullName, String unitName,
        ParticipationStatus status) {
}
