package org.careflow.appointment.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.UpcomingAppointment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockReset;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

/**
 * Storage as mocks (reset after each test) and the booking bounds at their defaults, so
 * that a web slice runs the real use cases ({@link Bookings}, {@link Appointments}) and
 * their rules without MongoDB; tests say what is stored through this fixture. Public only
 * for slices in other packages.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({ BookingProperties.class, LifecycleProperties.class })
public class StoredAppointments {

	private final AppointmentStore store = mock(AppointmentStore.class, MockReset.withSettings(MockReset.AFTER));

	private final BookingLeases leases = mock(BookingLeases.class, MockReset.withSettings(MockReset.AFTER));

	private final ArrivalDeadlines deadlines = mock(ArrivalDeadlines.class, MockReset.withSettings(MockReset.AFTER));

	private final ReschedulesInFlight inFlight = mock(ReschedulesInFlight.class,
			MockReset.withSettings(MockReset.AFTER));

	/** Where the upcoming appointments of {@link #holdUpcoming} lie. */
	private static final Instant FAR_OFF = Instant.parse("2100-01-01T00:00:00Z");

	@Bean
	AppointmentStore appointmentStore() {
		return this.store;
	}

	@Bean
	BookingLeases bookingLeases() {
		return this.leases;
	}

	@Bean
	ArrivalDeadlines arrivalDeadlines() {
		return this.deadlines;
	}

	@Bean
	ReschedulesInFlight reschedulesInFlight() {
		return this.inFlight;
	}

	/** Every reschedule may begin (none is under way). */
	public void allowReschedules() {
		when(this.inFlight.begin(any())).thenReturn(true);
	}

	/** These appointments exist, each found by its id. */
	public void contain(Appointment... appointments) {
		for (Appointment appointment : appointments) {
			when(this.store.find(appointment.id())).thenReturn(Optional.of(appointment));
		}
	}

	/** Every patient holds this many upcoming appointments. */
	public void holdUpcoming(long upcoming) {
		// far off and an hour apart, so they limit the count and overlap no test booking
		List<UpcomingAppointment> held = LongStream.range(0, upcoming)
			.mapToObj((i) -> new UpcomingAppointment("held-" + i, FAR_OFF.plus(Duration.ofHours(i)),
					FAR_OFF.plus(Duration.ofHours(i)).plusSeconds(1800)))
			.toList();
		when(this.store.upcoming(anyString(), any())).thenReturn(held);
	}

	/** The appointments fetched for a list of this patient's or doctor's. */
	public void list(String patientOrDoctorId, List<Appointment> fetched) {
		when(this.store.ofPatient(eq(patientOrDoctorId), anyLong(), anyInt())).thenReturn(fetched);
		when(this.store.ofDoctor(eq(patientOrDoctorId), anyLong(), anyInt())).thenReturn(fetched);
	}

	/** Every update fails, as when someone changed the appointment meanwhile. */
	public void failUpdates() {
		doThrow(new OptimisticLockingFailureException("changed meanwhile")).when(this.store).update(any());
	}

	/**
	 * Noting a booking's no-show deadline fails, as when MongoDB hiccups after the
	 * insert.
	 */
	public void failDeadlineNotes() {
		doThrow(new DataAccessResourceFailureException("connection reset")).when(this.deadlines)
			.add(anyString(), any());
	}

	/** Whether anything was written: an insert or an update. */
	public boolean anythingWritten() {
		return mockingDetails(this.store).getInvocations()
			.stream()
			.anyMatch(call -> List.of("insert", "update").contains(call.getMethod().getName()));
	}

}
