package jp.manabiba.security;

import java.util.Collection;
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

    /**
     * The ids of one page of accounts, searched by username or name (a prefix). Paged apart from the roles: a page
     * of a query that fetches a collection cannot be cut in the database, and Hibernate would read every account
     * to cut it in memory.
     */
    @Query("""
            select a.id from Account a
            where :search is null or a.username like :search or a.displayName like :search
            order by a.username""")
    List<Long> pageIds(@Nullable String search, Pageable page);

    /** Those accounts with their roles, in one query (a set of roles: the join repeats no account). */
    @EntityGraph(attributePaths = "roles")
    List<Account> findWithRolesByIdIn(Collection<Long> ids);
}
