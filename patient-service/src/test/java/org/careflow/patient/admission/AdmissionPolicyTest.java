package org.careflow.patient.admission;

import java.util.Set;
import java.util.function.BooleanSupplier;

import org.careflow.platform.security.Caller;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.patient.admission.AdmissionAction.ADMIT_OR_DISCHARGE;
import static org.careflow.patient.admission.AdmissionAction.MARK_READY;
import static org.careflow.patient.admission.AdmissionAction.READ_HISTORY;
import static org.careflow.patient.admission.AdmissionAction.VIEW_BEDS;

class AdmissionPolicyTest {

	private static final BooleanSupplier IN_CARE = () -> true;

	private static final BooleanSupplier NOT_IN_CARE = () -> false;

	private static final BooleanSupplier NEVER_ASKED = () -> {
		throw new AssertionError("care asked for a caller whose role decides");
	};

	private static Caller caller(String id, String role) {
		return new Caller(id, Set.of(role));
	}

	@Test
	void nursesAndAdminsAdmitAndDischargeAnyPatient() {
		assertThat(AdmissionPolicy.may(caller("n", "nurse"), ADMIT_OR_DISCHARGE, "p1", NEVER_ASKED)).isTrue();
		assertThat(AdmissionPolicy.may(caller("a", "admin"), ADMIT_OR_DISCHARGE, "p1", NEVER_ASKED)).isTrue();
	}

	@Test
	void aDoctorAdmitsAndDischargesOnlyAPatientInTheirCare() {
		assertThat(AdmissionPolicy.may(caller("d", "doctor"), ADMIT_OR_DISCHARGE, "p1", IN_CARE)).isTrue();
		assertThat(AdmissionPolicy.may(caller("d", "doctor"), ADMIT_OR_DISCHARGE, "p1", NOT_IN_CARE)).isFalse();
	}

	@Test
	void patientsAndPharmacistsNeverAdmitNotEvenThemselves() {
		assertThat(AdmissionPolicy.mayEver(caller("p1", "patient"), ADMIT_OR_DISCHARGE)).isFalse();
		assertThat(AdmissionPolicy.may(caller("p1", "patient"), ADMIT_OR_DISCHARGE, "p1", NEVER_ASKED)).isFalse();
		assertThat(AdmissionPolicy.mayEver(caller("ph", "pharmacist"), ADMIT_OR_DISCHARGE)).isFalse();
	}

	@Test
	void aPatientReadsTheirOwnHistoryOnly() {
		assertThat(AdmissionPolicy.may(caller("p1", "patient"), READ_HISTORY, "p1", NEVER_ASKED)).isTrue();
		assertThat(AdmissionPolicy.may(caller("p1", "patient"), READ_HISTORY, "p2", NOT_IN_CARE)).isFalse();
		assertThat(AdmissionPolicy.may(caller("d", "doctor"), READ_HISTORY, "p2", IN_CARE)).isTrue();
		assertThat(AdmissionPolicy.may(caller("d", "doctor"), READ_HISTORY, "p2", NOT_IN_CARE)).isFalse();
		assertThat(AdmissionPolicy.may(caller("n", "nurse"), READ_HISTORY, "p2", NEVER_ASKED)).isTrue();
		assertThat(AdmissionPolicy.mayEver(caller("ph", "pharmacist"), READ_HISTORY)).isFalse();
	}

	@Test
	void theBedBoardIsForStaffAndOnlyNursesAndAdminsMarkBedsReady() {
		assertThat(AdmissionPolicy.mayEver(caller("d", "doctor"), VIEW_BEDS)).isTrue();
		assertThat(AdmissionPolicy.mayEver(caller("n", "nurse"), VIEW_BEDS)).isTrue();
		assertThat(AdmissionPolicy.mayEver(caller("a", "admin"), VIEW_BEDS)).isTrue();
		assertThat(AdmissionPolicy.mayEver(caller("p", "patient"), VIEW_BEDS)).isFalse();
		assertThat(AdmissionPolicy.mayEver(caller("ph", "pharmacist"), VIEW_BEDS)).isFalse();

		assertThat(AdmissionPolicy.mayEver(caller("n", "nurse"), MARK_READY)).isTrue();
		assertThat(AdmissionPolicy.mayEver(caller("a", "admin"), MARK_READY)).isTrue();
		assertThat(AdmissionPolicy.mayEver(caller("d", "doctor"), MARK_READY)).isFalse();
	}

}
