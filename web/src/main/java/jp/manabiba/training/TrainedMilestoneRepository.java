package jp.manabiba.training;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainedMilestoneRepository extends JpaRepository<TrainedMilestone, Long> {
}
