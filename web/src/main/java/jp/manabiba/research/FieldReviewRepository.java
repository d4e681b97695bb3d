package jp.manabiba.research;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FieldReviewRepository extends JpaRepository<FieldReview, FieldReview.Key> {

    List<FieldReview> findByOrganisationId(long organisationId);
}
