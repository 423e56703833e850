package id.plaju.pelita.analytics;

import id.plaju.pelita.training.Jp;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Perlu tindak lanjut": the staff in the filter's units who are below 20 JP in the year (red below
 * 10, amber from 10), each with their JP gap and the open sessions of the rest of the year they are
 * not yet part of, so that a head can invite them. For a past year there are no sessions to offer.
 */
public record ActionList(int year, List<OpenSession> sessions, List<Behind> staff) {

    /** A session one can still join this year: open for registration, not started, a seat left. */
    public record OpenSession(long id, String title, LocalDateTime startsAt, BigDecimal jp, Integer seatsLeft) {
    }

    /** An employee below 20 JP, and the ids of the open sessions they could join (soonest first). */
    public record Behind(long employeeId, String nip, String fullName, long unitId, String unitName, BigDecimal jp,
            List<Long> sessionIds) {

        /** JP still needed to reach the yearly 20. */
        public BigDecimal gap() {
            return Jp.YEARLY_TARGET.subtract(jp);
        }

        public Jp.Compliance compliance() {
            return Jp.compliance(jp);
        }
    }

    public ActionList {
        sessions = List.copyOf(sessions);
        staff = List.copyOf(staff);
    }

    /** The open sessions {@code behind} could join, soonest first. */
    public List<OpenSession> sessionsFor(Behind behind) {
        Map<Long, OpenSession> byId = sessions.stream().collect(Collectors.toMap(OpenSession::id, Function.identity()));
        return behind.sessionIds().stream().map(byId::get).toList();
    }

    public long red() {
        return staff.stream().filter(b -> b.compliance() == Jp.Compliance.RED).count();
    }

    public long amber() {
        return staff.stream().filter(b -> b.compliance() == Jp.Compliance.AMBER).count();
    }
}
