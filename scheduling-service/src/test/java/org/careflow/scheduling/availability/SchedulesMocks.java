package org.careflow.scheduling.availability;

import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Stubs and checks for a mocked {@link Schedules} in slices of other packages (its writes
 * are package-private).
 */
public final class SchedulesMocks {

	private SchedulesMocks() {
	}

	/** Every availability written is stored, as if no one else wrote at the same time. */
	public static void acceptWrites(Schedules schedules) {
		given(schedules.write(any(), any(), any())).willReturn(true);
	}

	/** The doctor's stored availability (revision 1), as a change loads it. */
	public static void stored(Schedules schedules, DoctorAvailability availability) {
		given(schedules.load(availability.doctorId())).willReturn(Optional.of(new Schedules.Stored(availability, 1L)));
		given(schedules.find(availability.doctorId())).willReturn(Optional.of(availability));
	}

	public static void assertNothingWritten(Schedules schedules) {
		verify(schedules, never()).write(any(), any(), any());
		verify(schedules, never()).append(any(), any());
	}

}
