package jp.manabiba.audit;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.CrudRepository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log is append-only for the application: nothing in it can change or delete an entry. (The database
 * user could; revoking UPDATE and DELETE on audit_entry is for the operator's own database user, README.)
 */
class AuditAppendOnlyTest {

    @Test
    void the_audit_repository_can_only_append_and_search() {
        assertThat(CrudRepository.class.isAssignableFrom(AuditEntryRepository.class))
                .as("a CrudRepository would bring delete and saveAll-over-existing").isFalse();
        assertThat(Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName).distinct())
                .containsExactlyInAnyOrder("save", "search");
    }

    @Test
    void an_entry_cannot_be_changed_once_written() {
        assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class))
                .as("Hibernate never flushes a change of an immutable entity").isTrue();
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods()).filter(m -> !m.isSynthetic()))
                .as("no setters or other methods that change an entry").isEmpty();
    }

    @Test
    void only_the_audit_log_reaches_the_audit_table() {
        noClasses().that().doNotHaveFullyQualifiedName(AuditLog.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(AuditEntryRepository.class.getName())
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("jp.manabiba"));
    }

    @Test
    void no_code_writes_sql_that_changes_or_deletes_audit_entries() throws IOException {
        Pattern changing = Pattern.compile("(?is)(update\\s+audit_?entry|delete\\s+(from\\s+)?audit_?entry|truncate\\s+(table\\s+)?audit_entry)");
        List<Path> offending;
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main")), Files.walk(Path.of("../db/src/main")))) {
            offending = sources.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".sql"))
                    .filter(file -> changing.matcher(read(file)).find()).toList();
        }
        assertThat(offending).as("HouseholdErasure, too, leaves audit entries as they are").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
