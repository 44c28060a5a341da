package org.windowsuite.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.Set;

/**
 * The architecture every service keeps (issue 16), run by each service's {@code ArchitectureTest}: a domain free of
 * transport, pages and messaging; resources and pages that depend on the domain and never on each other; no
 * entity leaving through an API or a page; native SQL only in persistence.
 */
public final class ArchitectureRules {

    private static final String DOMAIN = "..domain..";
    private static final String[] TRANSPORT = {"jakarta.ws.rs..", "org.jboss.resteasy..", "io.quarkus.resteasy..",
        "io.quarkus.qute..", "io.vertx..", "io.quarkus.vertx..", "org.eclipse.microprofile.reactive.messaging..",
        "io.smallrye.reactive.messaging..", "org.apache.kafka..", "io.micrometer..", "org.windowsuite.contracts..",
        "..api..", "..web..", "..messaging.."};

    private ArchitectureRules() {
    }

    @ArchTest
    public static final ArchRule domainDependsOnNoTransportPagesOrMessaging = noClasses().that()
            .resideInAPackage(DOMAIN).should().dependOnClassesThat().resideInAnyPackage(TRANSPORT)
            .because("the rules live apart from how requests and events arrive (ddd-by-examples/library)");

    @ArchTest
    public static final ArchRule nativeSqlLivesInPersistence = noClasses().that().resideInAPackage(DOMAIN)
            .should().callMethodWhere(DescribedPredicate.describe("EntityManager.createQuery or createNativeQuery",
                    call -> call.getTarget().getName().matches("create(Native)?Query")
                            && call.getTarget().getOwner().isAssignableTo("jakarta.persistence.EntityManager")))
            .because("queries live in persistence and return records the domain reads by name");

    @ArchTest
    public static final ArchRule resourcesDoNotDependOnPages = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAPackage("..web..");

    @ArchTest
    public static final ArchRule pagesDoNotDependOnResources = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat(resideInAPackage("..api..").and(simpleNameEndingWith("Resource")))
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule pagesDoNotCallPages = noClasses().that().resideInAPackage("..web..")
            .and().haveSimpleNameEndingWith("Pages").should().dependOnClassesThat(resideInAPackage("..web..")
                    .and(simpleNameEndingWith("Pages")).and(not(JavaClass.Predicates.INTERFACES)))
            .allowEmptyShould(true).because("what two pages share belongs in the page kit, not in one of them");

    @ArchTest
    public static final ArchRule entitiesNeverLeaveThroughApisOrPages = methods().that().areDeclaredInClassesThat()
            .resideInAnyPackage("..api..", "..web..").and().arePublic().should(returnNoEntity())
            .because("the wire and the pages show records; entities stay inside the service");

    @ArchTest
    public static final ArchRule domainOwnsItsRepositories = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat(resideInAnyPackage("org.windowsuite.*.persistence..",
                    "io.quarkus.panache.common..")
                    .or(HasName.Predicates.name("jakarta.persistence.EntityManager"))
                    .or(HasName.Predicates.name("org.hibernate.Session"))
                    .or(resideInAPackage("io.quarkus.hibernate.orm.panache..")
                            .and(not(JavaClass.Predicates.simpleName("PanacheEntityBase")))))
            .because("the domain asks its own repository ports and persistence implements them; an entity keeps "
                    + "PanacheEntityBase, which is what makes writes to its public fields tracked (mapping annotations are no dependency on a store)");

    /** No cycles between a service's packages: the domain owns its ports, persistence implements them. */
    @ArchTest
    public static final ArchRule noPackageCycles = slices().matching("org.windowsuite.(*).(*)..").should()
            .beFreeOfCycles();

    private static ArchCondition<JavaMethod> returnNoEntity() {
        return new ArchCondition<>("return no JPA entity, not even inside a list or a record") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Set<JavaClass> seen = new HashSet<>();
                for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                    JavaClass entity = entityIn(type, seen);
                    if (entity != null) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns entity "
                                + entity.getName()));
                    }
                }
            }
        };
    }

    /** The entity {@code type} is or carries in its record components, if any. */
    private static JavaClass entityIn(JavaClass type, Set<JavaClass> seen) {
        if (!seen.add(type)) {
            return null;
        }
        if (type.isAnnotatedWith("jakarta.persistence.Entity")) {
            return type;
        }
        if (type.isRecord() && type.getPackageName().startsWith("org.windowsuite")) {
            for (JavaField field : type.getFields()) {
                if (field.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)) {
                    continue;
                }
                for (JavaClass involved : field.getType().getAllInvolvedRawTypes()) {
                    JavaClass entity = entityIn(involved, seen);
                    if (entity != null) {
                        return entity;
                    }
                }
            }
        }
        return null;
    }
}
