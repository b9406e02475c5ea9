package org.careflow.patient.admission;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AdmissionTest {

	private static final Instant ADMITTED = Instant.parse("2026-12-01T08:00:00Z");

	private static final BedPlace BED = new BedPlace("cardio", "101", "A");

	private static Admission admitted() {
		return Admission.admit("a1", "p1", BED, "nurse1", ADMITTED);
	}

	@Test
	void anAdmissionIsCurrentUntilTheDischarge() {
		Admission admission = admitted();

		assertThat(admission.isCurrent()).isTrue();
		assertThat(admission.status()).isEqualTo("in-progress");
		assertThat(admission.place()).isEqualTo(BED);

		Admission ended = admission.discharge("doctor1", ADMITTED.plusSeconds(3600));

		assertThat(ended.isCurrent()).isFalse();
		assertThat(ended.status()).isEqualTo("finished");
		assertThat(ended.dischargedBy()).isEqualTo("doctor1");
		assertThat(ended.dischargedAt()).isEqualTo(ADMITTED.plusSeconds(3600));
		assertThat(ended.admittedBy()).isEqualTo("nurse1");
	}

	@Test
	void aDischargedAdmissionCannotBeDischargedAgain() {
		Admission ended = admitted().discharge("doctor1", ADMITTED.plusSeconds(60));

		assertThatExceptionOfType(AdmissionConflictException.class)
			.isThrownBy(() -> ended.discharge("doctor1", ADMITTED.plusSeconds(120)));
	}

	@Test
	void aDischargeNeverEndsBeforeTheAdmissionBegan() {
		// another replica's clock a little behind
		assertThat(admitted().discharge("n", ADMITTED.minusSeconds(2)).dischargedAt()).isEqualTo(ADMITTED);
	}

	@Test
	void eachBedHasItsOwnKeyWhateverItsLabelsHold() {
		assertThat(new BedPlace("d", "1;2", "3").key()).isNotEqualTo(new BedPlace("d", "1", "2;3").key());
		assertThat(new BedPlace("d/1", "2", "3").key()).isNotEqualTo(new BedPlace("d", "1/2", "3").key());
		assertThat(new BedPlace("d", "1:2", "3").key()).isNotEqualTo(new BedPlace("d", "1", "2:3").key());
		assertThat(BED.key()).isEqualTo(new BedPlace("cardio", "101", "A").key());
	}

}
