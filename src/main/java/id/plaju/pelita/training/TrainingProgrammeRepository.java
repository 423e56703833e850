package id.plaju.pelita.training;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingProgrammeRepository extends JpaRepository<TrainingProgramme, Long> {
}
