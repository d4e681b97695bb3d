package jp.manabiba.training;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingModuleRepository extends JpaRepository<TrainingModule, Long> {

    Optional<TrainingModule> findByCode(String code);
}
