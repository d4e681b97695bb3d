package jp.manabiba.security;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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

    /** One page of accounts, searched by username or name (a prefix), roles fetched in the same query. */
    @EntityGraph(attributePaths = "roles")
    @Query("""
            select a from Account a
            where :search is null or a.username like :search or a.displayName like :search
            order by a.username""")
    List<Account> page(@Nullable String search, Pageable page);
}
