package org.careflow.appointment.waitlist;

import java.time.Duration;
import java.time.Instant;

import org.careflow.appointment.domain.AppointmentConflictException;
import org.careflow.events.WaitlistOffered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Who waits for which slot, and what happens to an offer. */
class WaitlistEntryTest {

	static final Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	static final Instant FROM = Instant.parse("2030-01-07T00:00:00Z");

	static final Instant TO = Instant.parse("2030-01-14T00:00:00Z");

	static final Duration MAX_AHEAD = Duration.ofDays(365);

	static final Instant SLOT = Instant.parse("2030-01-08T09:00:00Z");

	@Test
	void aPatientWaitsForADoctorOrASpecialtyNeverBothNorNeither() {
		assertThatExceptionOfType(InvalidWaitlistException.class)
			.isThrownBy(() -> WaitlistEntry.join("w-1", "p-1", "d-1", "cardiology", FROM, TO, MAX_AHEAD, NOW))
			.satisfies(refused -> assertThat(refused.field()).isEqualTo("doctorId"));
		assertThatExceptionOfType(InvalidWaitlistException.class)
			.isThrownBy(() -> WaitlistEntry.join("w-1", "p-1", null, null, FROM, TO, MAX_AHEAD, NOW));
	}

	@ParameterizedTest(name = "{0} .. {1}: refused = {2}")
	@CsvSource(textBlock = """
			2030-01-07T00:00:00Z, 2030-01-07T00:00:00Z, to
			2030-01-07T00:00:00Z, 2030-01-06T00:00:00Z, to
			2029-12-01T00:00:00Z, 2030-01-06T11:00:00Z, to
			2030-01-07T00:00:00Z, 2030-02-08T00:00:00Z, to
			2030-12-30T00:00:00Z, 2031-01-07T00:00:00Z, to
			2030-01-07T00:00:00Z, 2030-02-07T00:00:00Z, -
			""")
	void theWindowIsBounded(Instant from, Instant to, String refused) {
		if (refused.equals("-")) {
			assertThat(WaitlistEntry.join("w-1", "p-1", "d-1", null, from, to, MAX_AHEAD, NOW).id()).isEqualTo("w-1");
		}
		else {
			assertThatExceptionOfType(InvalidWaitlistException.class)
				.isThrownBy(() -> WaitlistEntry.join("w-1", "p-1", "d-1", null, from, to, MAX_AHEAD, NOW))
				.satisfies(problem -> assertThat(problem.field()).isEqualTo(refused));
		}
	}

	@Test
	void anEntryWantsASlotOfItsDoctorOrSpecialtyInItsWindowAndStillToCome() {
		WaitlistEntry forHouse = WaitlistEntry.join("w-1", "p-1", "house", null, FROM, TO, MAX_AHEAD, NOW);
		WaitlistEntry forCardiology = WaitlistEntry.join("w-2", "p-2", null, " Cardiology ", FROM, TO, MAX_AHEAD, NOW);

		assertThat(forHouse.wants("house", "internal medicine", SLOT, NOW)).isTrue();
		assertThat(forHouse.wants("grey", "internal medicine", SLOT, NOW)).as("another doctor").isFalse();
		assertThat(forHouse.wants("house", null, TO, NOW)).as("the window's end is outside").isFalse();
		assertThat(forHouse.wants("house", null, FROM.minusSeconds(1), NOW)).isFalse();
		assertThat(forHouse.wants("house", null, SLOT, SLOT)).as("begun").isFalse();
		assertThat(forCardiology.wants("yang", "cardiology", SLOT, NOW)).isTrue();
		assertThat(forCardiology.wants("yang", "CARDIOLOGY", SLOT, NOW)).isTrue();
		assertThat(forCardiology.wants("house", "internal medicine", SLOT, NOW)).isFalse();
		assertThat(forCardiology.wants("unknown", null, SLOT, NOW)).as("a doctor of unknown specialty").isFalse();
	}

	@Test
	void anOfferIsTheirsToAcceptUntilItExpiresAndThenPassesTheSlotOnForGood() {
		WaitlistEntry entry = WaitlistEntry.join("w-1", "p-1", "house", null, FROM, TO, MAX_AHEAD, NOW);
		WaitlistEntry.Offer offer = new WaitlistEntry.Offer("o-1", "house", SLOT, SLOT.plusSeconds(1800), "UTC",
				"hold-1", NOW.plus(Duration.ofMinutes(15)));

		entry.offer(offer);

		assertThat(entry.raisedEvents()).singleElement().satisfies(event -> {
			assertThat(event).isInstanceOf(WaitlistOffered.class);
			assertThat(event.offerId()).isEqualTo("o-1");
			assertThat(event.patientId()).isEqualTo("p-1");
			assertThat(event.expiresAt()).isEqualTo(offer.expiresAt());
		});
		assertThat(entry.wants("house", null, SLOT.plusSeconds(3600), NOW)).as("one offer at a time").isFalse();
		assertThat(entry.openOffer("o-1", "p-1", NOW)).isEqualTo(offer);
		assertThatExceptionOfType(OfferNotFoundException.class).isThrownBy(() -> entry.openOffer("o-1", "p-2", NOW));
		assertThatExceptionOfType(OfferNotFoundException.class).isThrownBy(() -> entry.openOffer("o-2", "p-1", NOW));
		assertThatExceptionOfType(AppointmentConflictException.class)
			.isThrownBy(() -> entry.openOffer("o-1", "p-1", offer.expiresAt()));

		assertThat(entry.lapse()).isEqualTo(offer);

		assertThat(entry.offer()).isNull();
		assertThat(entry.wants("house", null, SLOT, NOW)).as("never offered the same slot twice").isFalse();
		assertThat(entry.wants("house", null, SLOT.plusSeconds(3600), NOW)).isTrue();
	}

	@Test
	void theSlotsPassedOnAreRememberedUpToABound() {
		WaitlistEntry entry = WaitlistEntry.join("w-1", "p-1", "house", null, FROM, TO, MAX_AHEAD, NOW);
		for (int i = 0; i <= WaitlistEntry.MAX_PASSED; i++) {
			Instant start = SLOT.plus(Duration.ofMinutes(30L * i));
			entry.offer(new WaitlistEntry.Offer("o-" + i, "house", start, start.plusSeconds(1800), "UTC", "h-" + i,
					NOW.plusSeconds(900)));
			entry.lapse();
		}

		assertThat(entry.snapshot().passed()).hasSize(WaitlistEntry.MAX_PASSED);
		assertThat(entry.wants("house", null, SLOT, NOW)).as("the oldest was forgotten").isTrue();
	}

}
