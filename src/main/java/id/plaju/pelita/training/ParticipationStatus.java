package id.plaju.pelita.training;

import java.util.Set;

/** Where an employee stands with a session: invited, registered, then the attendance. */
public enum ParticipationStatus {
    INVITED, REGISTERED, HADIR, TERLAMBAT, IZIN, SAKIT, ALPA;

    /** Attendance values an admin records. */
    public static final Set<ParticipationStatus> ATTENDANCE = Set.of(HADIR, TERLAMBAT, IZIN, SAKIT, ALPA);

    /** Hadir and Terlambat credit the session's JP. */
    public boolean creditsJp() {
        return this == HADIR || this == TERLAMBAT;
    }

    public String translationKey() {
        return "training.participation." + name();
    }
}
