package org.careflow.appointment.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.careflow.appointment.booking.StoredAppointments;
import org.careflow.appointment.patients.PatientNames;
import org.careflow.appointment.scheduling.SlotClaims;
import org.careflow.appointment.waitlist.Waitlist;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.security.SecurityAutoConfiguration;
import org.careflow.platform.web.WebLimitsAutoConfiguration;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The service's web layer as clients meet it: the controller, JSON reading, validation,
 * the problem handler, the body-size limit and the service's real security chain with
 * method security (tokens come from {@code jwt()}). Behind it run the real use cases and
 * domain rules; storage, the scheduling service and the audit trail are mocks, and the
 * clock stands at {@link #NOW}. Test classes carrying this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = @Filter(type = FilterType.REGEX, pattern = {
		"org\\.careflow\\.appointment\\.config\\.AppointmentConfiguration",
		"org\\.careflow\\.appointment\\.booking\\.(Bookings|Appointments|AppointmentAudit|Reschedules|FailPoints)" }),
		// the emails' link pages have their own test (LinkPagesIT)
		excludeFilters = @Filter(type = FilterType.REGEX, pattern = "org\\.careflow\\.appointment\\.links\\..*"))
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, WebLimitsAutoConfiguration.class })
@Import({ StoredAppointments.class, AppointmentWebSlice.FixedClock.class })
@MockitoBean(types = { SlotClaims.class, AuditTrail.class, PatientNames.class, Waitlist.class })
@interface AppointmentWebSlice {

	/** Monday 6 January 2030, 13:00 in Paris. */
	Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
