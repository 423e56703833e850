package id.plaju.pelita.training;

import jakarta.validation.constraints.Size;
/** What an admin enters for a training programme. */
public record ProgrammeData(@Size(max = 200, message = "training.title") String title,
        @Size(max = 4000, message = "training.description") String description, Delivery delivery, TrainingMode mode,
        CompetencyType competency, @Size(max = 150, message = "training.topic") String topic,
        @Size(max = 150, message = "training.organizer") String organizer) {
}
