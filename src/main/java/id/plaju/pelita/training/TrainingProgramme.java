package id.plaju.pelita.training;

import id.plaju.pelita.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A training programme: what is taught, how, by whom. Its sessions are the dated occurrences. */
@Entity
@Table(name = "training_programme")
public class TrainingProgramme extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Delivery delivery;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TrainingMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompetencyType competency;

    @Column(length = 150)
    private String topic;

    @Column(length = 150)
    private String organizer;

    @Column(nullable = false)
    private boolean active = true;

    protected TrainingProgramme() {
    }

    TrainingProgramme(ProgrammeData data) {
        apply(data);
    }

    void apply(ProgrammeData data) {
        this.title = data.title().strip();
        this.description = data.description();
        this.delivery = data.delivery();
        this.mode = data.mode();
        this.competency = data.competency();
        this.topic = data.topic();
        this.organizer = data.organizer();
    }

    public String getTitle() {
        return title;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public TrainingMode getMode() {
        return mode;
    }

    public CompetencyType getCompetency() {
        return competency;
    }

    public boolean isActive() {
        return active;
    }
}
