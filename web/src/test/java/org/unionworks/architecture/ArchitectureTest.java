package org.unionworks.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.util.List;

/**
 * Boundaries the compiler cannot see. Each rule fails when it matches no class at all, so a
 * renamed package cannot make a rule pass vacuously (ArchUnit's failOnEmptyShould default).
 */
@AnalyzeClasses(packages = "org.unionworks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> ROLE_DECLARATIONS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

    private static final DescribedPredicate<JavaMethod> EJB_BUSINESS_METHOD =
            new DescribedPredicate<>("public methods of EJBs") {
                @Override
                public boolean test(JavaMethod m) {
                    JavaClass owner = m.getOwner();
                    return m.getModifiers().contains(JavaModifier.PUBLIC)
                            && !m.getModifiers().contains(JavaModifier.STATIC)
                            && (owner.isAnnotatedWith(Stateless.class) || owner.isAnnotatedWith(Singleton.class)
                            || owner.isAnnotatedWith(Stateful.class));
                }
            };

    private static final DescribedPredicate<JavaMethod> REST_METHOD =
            new DescribedPredicate<>("JAX-RS resource methods") {
                @Override
                public boolean test(JavaMethod m) {
                    return m.isAnnotatedWith(GET.class) || m.isAnnotatedWith(POST.class) || m.isAnnotatedWith(PUT.class)
                            || m.isAnnotatedWith(DELETE.class) || m.isAnnotatedWith(PATCH.class)
                            || m.isAnnotatedWith(HEAD.class);
                }
            };

    private static final ArchCondition<JavaMethod> DECLARE_ROLES = new ArchCondition<>("declare who may call them") {
        @Override
        public void check(JavaMethod m, ConditionEvents events) {
            boolean declared = ROLE_DECLARATIONS.stream()
                    .anyMatch(a -> m.isAnnotatedWith(a) || m.getOwner().isAnnotatedWith(a));
            if (!declared) {
                events.add(SimpleConditionEvent.violated(m, m.getFullName()
                        + " declares no @RolesAllowed/@PermitAll/@DenyAll (deny by default)"));
            }
        }
    };

    @ArchTest
    static final ArchRule everyEjbMethodDeclaresItsRoles = methods().that(EJB_BUSINESS_METHOD).should(DECLARE_ROLES);

    @ArchTest
    static final ArchRule everyRestMethodDeclaresItsRoles = methods().that(REST_METHOD).should(DECLARE_ROLES);

    @ArchTest
    static final ArchRule viewBeansNeverTouchTheEntityManager = noClasses()
            .that().resideInAPackage("org.unionworks.web..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule theWebTierNeverReachesIntoInfrastructure = noClasses()
            .that().resideInAPackage("org.unionworks.web..")
            .should().dependOnClassesThat().resideInAPackage("org.unionworks..infrastructure..");

    @ArchTest
    static final ArchRule theDomainModelKnowsNoApplicationOrInfrastructure = noClasses()
            .that().resideInAPackage("org.unionworks..model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.unionworks..application..",
                    "org.unionworks..infrastructure..", "org.unionworks.web..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOthersInfrastructure = noClasses()
            .that().resideInAPackage("org.unionworks.organization..")
            .should().dependOnClassesThat().resideInAnyPackage("org.unionworks.security.infrastructure..",
                    "org.unionworks.reporting.infrastructure..")
            .andShould().dependOnClassesThat().resideInAPackage("org.unionworks.web..");

    @ArchTest
    static final ArchRule securityDoesNotReachIntoOtherFeaturesInfrastructure = noClasses()
            .that().resideInAPackage("org.unionworks.security..")
            .should().dependOnClassesThat().resideInAnyPackage("org.unionworks.organization.infrastructure..",
                    "org.unionworks.reporting.infrastructure..");
}
