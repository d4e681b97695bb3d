package jp.manabiba.training;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jp.manabiba.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whom the reminders go to, read straight from people's and security's tables (one statement each): a supporter's
 * own address and the language of their account (Japanese without one); each organisation's coordinators with an
 * address, on an enabled account.
 */
@Component
class ReminderContacts {

    private final EntityManager entityManager;

    ReminderContacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record Contact(@Nullable String email, String name, Locale locale) {
    }

    List<Long> organisations() {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("SELECT id FROM organisation ORDER BY id").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    Map<Long, Contact> supporters(Collection<Long> supporterIds) {
        if (supporterIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT s.id, s.email, s.family_name, s.given_name, a.locale
                        FROM supporter s LEFT JOIN account a ON a.id = s.account_id WHERE s.id IN (:ids)""")
                .setParameter("ids", supporterIds).getResultList();
        Map<Long, Contact> contacts = new HashMap<>();
        rows.forEach(r -> contacts.put(((Number) r[0]).longValue(),
                new Contact((String) r[1], r[2] + " " + r[3], locale((String) r[4]))));
        return contacts;
    }

    /** Organisation id to its coordinators who have an address. */
    Map<Long, List<Contact>> coordinators() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT oc.organisation_id, a.email, a.display_name, a.locale
                FROM organisation_coordinator oc JOIN account a ON a.id = oc.account_id
                WHERE a.email IS NOT NULL AND a.enabled ORDER BY oc.organisation_id, a.id""").getResultList();
        Map<Long, List<Contact>> coordinators = new HashMap<>();
        rows.forEach(r -> coordinators.computeIfAbsent(((Number) r[0]).longValue(), id -> new java.util.ArrayList<>())
                .add(new Contact((String) r[1], (String) r[2], locale((String) r[3]))));
        return coordinators;
    }

    private static Locale locale(@Nullable String tag) {
        return tag == null ? Language.DEFAULT.locale() : Language.ofTag(tag).locale();
    }
}
