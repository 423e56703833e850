package id.plaju.pelita.training;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {
}
