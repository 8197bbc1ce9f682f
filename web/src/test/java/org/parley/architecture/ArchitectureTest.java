package org.parley.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The direction of dependencies: edges depend on services, never the reverse. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "org.parley.presence..", "org.parley.privacy..", "org.parley.directory..", "org.parley.error..",
        "org.parley.ops..", "org.parley.chat..", "org.parley.events..", "org.parley.contacts..",
        "org.parley.telephony..",
        "org.parley.people..",
        "org.parley.meetings.."};

    private static JavaClasses parley;

    @BeforeAll
    static void importClasses() {
        parley = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parley");
    }

    @Test
    void domainShouldNotKnowAboutAnyEdge() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.parley.web..", "org.parley.sip..")
                .check(parley);
    }

    @Test
    void domainShouldNotUseProtocolApis() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "jakarta.websocket..", "jakarta.servlet..", "javax.sip..", "gov.nist..")
                .check(parley);
    }

    @Test
    void edgesShouldNotTalkToEachOther() {
        noClasses().that().resideInAPackage("org.parley.sip..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.web..").check(parley);
        noClasses().that().resideInAPackage("org.parley.web..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.sip.internal..").check(parley);
    }

    @Test
    void featuresShouldNotReachIntoEachOthersInternals() {
        slices().matching("org.parley.(*).internal..").should().notDependOnEachOther().check(parley);
        noClasses().that().resideOutsideOfPackage("org.parley.presence..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.presence.internal..").check(parley);
        noClasses().that().resideOutsideOfPackage("org.parley.chat..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.chat.internal..").check(parley);
        noClasses().that().resideOutsideOfPackage("org.parley.meetings..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.meetings.internal..").check(parley);
        noClasses().that().resideOutsideOfPackage("org.parley.sip..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.sip.internal..").check(parley);
    }
}
