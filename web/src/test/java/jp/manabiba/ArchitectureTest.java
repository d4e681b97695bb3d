package jp.manabiba;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module and package rules of docs/architecture.md, kept by a test. */
class ArchitectureTest {

    private static JavaClasses manabiba;

    @BeforeAll
    static void importClasses() {
        manabiba = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.manabiba");
    }

    @Test
    void features_do_not_depend_on_each_other_in_a_cycle() {
        slices().matching("jp.manabiba.(*)..").should().beFreeOfCycles().check(manabiba);
    }

    /**
     * docs/architecture.md's order, first to last: a package may use those before it and none after it (nor one
     * beside it on the same step).
     */
    private static final List<List<String>> DEPENDENCY_ORDER = List.of(
            List.of("i18n"), List.of("security"), List.of("base"), List.of("audit"), List.of("schools"),
            List.of("people"), List.of("text"), List.of("training"), List.of("tutoring"),
            List.of("assignments", "learning", "surveys"), List.of("outcomes"), List.of("home", "demo", "research"));

    @Test
    void features_depend_only_on_those_before_them() {
        for (int step = 0; step < DEPENDENCY_ORDER.size(); step++) {
            List<String> later = DEPENDENCY_ORDER.subList(step, DEPENDENCY_ORDER.size()).stream().flatMap(List::stream)
                    .toList();
            for (String feature : DEPENDENCY_ORDER.get(step)) {
                String[] forbidden = later.stream().filter(other -> !other.equals(feature))
                        .map(other -> "jp.manabiba." + other + "..").toArray(String[]::new);
                noClasses().that().resideInAPackage("jp.manabiba." + feature + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because("the dependency order is " + DEPENDENCY_ORDER)
                        .check(manabiba);
            }
        }
    }

    @Test
    void schools_knows_nothing_of_people() {
        noClasses().that().resideInAPackage("jp.manabiba.schools..")
                .should().dependOnClassesThat().resideInAPackage("jp.manabiba.people..")
                .because("people asks schools through SchoolDirectory; schools reaches learners only through the "
                        + "PupilLinking interface that people implements")
                .check(manabiba);
    }

    @Test
    void the_domain_does_not_know_the_ui() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().areNotAnnotatedWith(Configuration.class) // wiring, e.g. the sign-in view for security
                .should().dependOnClassesThat().resideInAPackage("jp.manabiba..ui..")
                .check(manabiba);
    }

    @Test
    void only_views_and_ui_code_use_vaadin_components() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .because("features are used through their services; Application is the app shell")
                .allowEmptyShould(true)
                .check(manabiba.that(not(equivalentTo(Application.class))));
    }

    @Test
    void repositories_are_private_to_their_feature() {
        classes().that().areAssignableTo(Repository.class)
                .should().notBePublic()
                .because("other features and views go through the feature's services")
                .check(manabiba);
    }

    @Test
    void every_view_and_layout_says_who_may_open_it() {
        ArchRule rule = classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class);
        rule.check(manabiba);
    }

    @Test
    void views_live_in_ui_packages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..")
                .andShould().beAssignableTo(Component.class)
                .check(manabiba);
    }

    @Test
    void the_database_module_knows_nothing_of_the_application() {
        noClasses().that().resideInAPackage("jp.manabiba.db..")
                .should().dependOnClassesThat(resideInAPackage("jp.manabiba..").and(not(resideInAPackage("jp.manabiba.db.."))))
                .orShould().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(manabiba);
    }

    @Test
    void the_curriculum_engine_is_plain_java() {
        noClasses().that().resideInAPackage("jp.manabiba.curriculum..")
                .should().dependOnClassesThat(resideInAPackage("jp.manabiba..").and(not(resideInAPackage("jp.manabiba.curriculum.."))))
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..")
                .allowEmptyShould(true) // the curriculum issue fills the engine
                .check(manabiba);
    }

    /**
     * Services that are not called by a signed-in user, with the reason. Everything else that is a service says,
     * on the class or the method, who may call it; a new feature cannot forget to.
     */
    private static final Map<String, String> UNGUARDED_SERVICES = Map.of(
            "jp.manabiba.security.LocalAccountDetailsService", "the password sign-in itself: nobody is signed in yet",
            "jp.manabiba.security.OidcAccountUserService", "the OpenID Connect sign-in itself: nobody is signed in yet",
            "jp.manabiba.security.OidcAccountMatcher", "called only by OidcAccountUserService during that sign-in");

    @Test
    void every_public_method_of_an_application_service_says_who_may_call_it() {
        Set<Class<? extends java.lang.annotation.Annotation>> guards =
                Set.of(RolesAllowed.class, PreAuthorize.class, PermitAll.class, DenyAll.class);
        ArchCondition<JavaMethod> guarded = new ArchCondition<>("be guarded by @RolesAllowed, @PreAuthorize or @PermitAll") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean onMethod = guards.stream().anyMatch(method::isAnnotatedWith);
                boolean onClass = guards.stream().anyMatch(method.getOwner()::isAnnotatedWith);
                if (!onMethod && !onClass) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " says nobody who may call it"));
                }
            }
        };
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideInAPackage("jp.manabiba..")
                .and().arePublic()
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .and().doNotHaveModifier(JavaModifier.BRIDGE)
                .and().areDeclaredInClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("not listed as unguarded",
                        c -> !UNGUARDED_SERVICES.containsKey(c.getName())))
                .should(guarded)
                .check(manabiba);
    }

    @Test
    void refusals_come_from_the_features_access_policy() {
        noClasses().that().haveSimpleNameNotEndingWith("Access")
                .and().doNotHaveFullyQualifiedName("jp.manabiba.security.CurrentUser")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                        org.springframework.security.access.AccessDeniedException.class))))
                .because("who may do what is said once per feature (PeopleAccess, SchoolsAccess, TutoringAccess), which the services ask")
                .check(manabiba);
    }
}
