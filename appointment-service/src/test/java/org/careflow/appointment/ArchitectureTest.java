package org.careflow.appointment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The appointment rules stay plain Java: testable without Spring, MongoDB or HTTP. */
@AnalyzeClasses(packages = "org.careflow.appointment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainKnowsNoFrameworks = noClasses().that()
		.resideInAPackage("..appointment.domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..", "jakarta.servlet..",
				"org.apache.kafka..", "org.careflow.platform..");

	@ArchTest
	static final ArchRule domainDependsOnNoOtherLayer = noClasses().that()
		.resideInAPackage("..appointment.domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..appointment.web..", "..appointment.booking..", "..appointment.scheduling..",
				"..appointment.events..", "..appointment.config..");

}
