package jp.manabiba.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    @EntityGraph(attributePaths = "roles")
    Optional<Account> findByUsername(String username);

    @EntityGraph(attributePaths = "roles")
    Optional<Account> findByEmail(String email);

    @EntityGraph(attributePaths = "roles")
    Optional<Account> findByGoogleSubject(String subject);

    @EntityGraph(attributePaths = "roles")
    Optional<Account> findByMicrosoftSubject(String subject);

    @EntityGraph(attributePaths = "roles")
    Optional<Account> findWithRolesById(long id);

    boolean existsByUsername(String username);
}
