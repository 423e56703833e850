package id.plaju.pelita.training;

import id.plaju.pelita.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * One dated occurrence of a programme. The taken seats are counted on the row itself so that a
 * single conditional UPDATE decides who gets the last seat (see {@link RegistrationService}).
 */
@Entity
@Table(name = "training_session")
public class TrainingSession extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private TrainingProgramme programme;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(length = 300)
    private String place;

    private Integer capacity;

    @Column(name = "seats_taken", nullable = false, insertable = false, updatable = false)
    private int seatsTaken;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal jp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SessionStatus status = SessionStatus.PLANNED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_session_unit", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "unit_id")
    private Set<Long> targetUnitIds = new HashSet<>();

    protected TrainingSession() {
    }

    TrainingSession(TrainingProgramme programme, SessionData data) {
        apply(programme, data);
    }

    void apply(TrainingProgramme programme, SessionData data) {
        this.programme = programme;
        this.startsAt = data.startsAt();
        this.endsAt = data.endsAt();
        this.place = data.place();
        this.capacity = data.capacity();
        this.jp = data.jp() != null ? data.jp() : Jp.between(data.startsAt(), data.endsAt());
        this.targetUnitIds.clear();
        if (data.targetUnitIds() != null) {
            this.targetUnitIds.addAll(data.targetUnitIds());
        }
    }

    void setStatus(SessionStatus status) {
        this.status = status;
    }

    public TrainingProgramme getProgramme() {
        return programme;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public BigDecimal getJp() {
        return jp;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Set<Long> getTargetUnitIds() {
        return Set.copyOf(targetUnitIds);
    }
}
