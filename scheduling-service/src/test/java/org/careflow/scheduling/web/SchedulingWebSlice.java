package org.careflow.scheduling.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.careflow.scheduling.availability.Schedules;
import org.careflow.platform.web.WebLimitsAutoConfiguration;
import org.careflow.scheduling.claims.ClaimStoreMocks;
import org.careflow.scheduling.doctors.DoctorDirectory;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The service's web layer as clients meet it: the platform's request-body limit, every
 * controller, JSON reading, validation, the problem handler, and the service's real
 * security chain with method security (tokens come from {@code jwt()}). Behind it run the
 * real domain services ({@code FreeSlots}, {@code SlotClaims}, {@code SlotHolds},
 * {@code ScheduleChanges}; package-private ones, hence matched by name) with storage
 * mocked. Test classes carrying this annotation share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = @Filter(type = FilterType.REGEX,
		pattern = { "org\\.careflow\\.scheduling\\.config\\.SchedulingConfiguration",
				"org\\.careflow\\.scheduling\\.slots\\.FreeSlots", "org\\.careflow\\.scheduling\\.claims\\.SlotClaims",
				"org\\.careflow\\.scheduling\\.claims\\.SlotHolds",
				"org\\.careflow\\.scheduling\\.availability\\.ScheduleChanges" }))
@ImportAutoConfiguration({ org.careflow.platform.security.SecurityAutoConfiguration.class,
		WebLimitsAutoConfiguration.class })
@Import(ClaimStoreMocks.class)
@MockitoBean(types = { Schedules.class, DoctorDirectory.class })
public @interface SchedulingWebSlice {

}
