package id.plaju.pelita.training;

/** What an admin enters for a training programme. */
public record ProgrammeData(String title, String description, Delivery delivery, TrainingMode mode,
        CompetencyType competency, String topic, String organizer) {
}
