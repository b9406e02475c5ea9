package org.careflow.patient.chart;

import java.util.Set;

import org.careflow.patient.chart.ChartPolicy.Verdict;
import org.careflow.platform.security.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChartPolicyTest {

	private static final String PATIENT = "p-1";

	private static final Caller PATIENT_SELF = new Caller(PATIENT, Set.of("patient"));

	private static final Caller OTHER_PATIENT = new Caller("p-2", Set.of("patient"));

	private static final Caller DOCTOR = new Caller("d-1", Set.of("doctor"));

	private static final Caller NURSE = new Caller("n-1", Set.of("nurse"));

	private static final Caller PHARMACIST = new Caller("ph-1", Set.of("pharmacist"));

	private static final Caller ADMIN = new Caller("a-1", Set.of("admin"));

	private static final CareStanding IN_DOCTORS_CARE = standing(true, true);

	private static final CareStanding CLINIC_PATIENT_ONLY = standing(false, true);

	private static final CareStanding STRANGER = standing(false, false);

	@ParameterizedTest
	@EnumSource(ChartArea.class)
	void aPatientReadsTheirOwnChartAndWritesNone(ChartArea area) {
		assertThat(decide(PATIENT_SELF, area, ChartAction.READ, STRANGER)).isEqualTo(Verdict.GRANTED);
		assertThat(decide(PATIENT_SELF, area, ChartAction.LIST, STRANGER)).isEqualTo(Verdict.GRANTED);
		assertThat(decide(PATIENT_SELF, area, ChartAction.WRITE, STRANGER)).isEqualTo(Verdict.DENIED);
		assertThat(decide(OTHER_PATIENT, area, ChartAction.READ, IN_DOCTORS_CARE)).isEqualTo(Verdict.DENIED);
	}

	@ParameterizedTest
	@EnumSource(ChartArea.class)
	void aDoctorWritesTheChartOfPatientsInTheirCareOnly(ChartArea area) {
		assertThat(decide(DOCTOR, area, ChartAction.WRITE, IN_DOCTORS_CARE)).isEqualTo(Verdict.GRANTED);
		assertThat(decide(DOCTOR, area, ChartAction.READ, CLINIC_PATIENT_ONLY)).isEqualTo(Verdict.DENIED);
		assertThat(decide(DOCTOR, area, ChartAction.FILL, IN_DOCTORS_CARE)).isEqualTo(Verdict.DENIED);
	}

	@Test
	void aDoctorBreakingTheGlassIsLetInButFlagged() {
		assertThat(ChartPolicy.decide(DOCTOR, PATIENT, ChartArea.RECORDS, ChartAction.READ, STRANGER, true))
			.isEqualTo(Verdict.GRANTED_IN_EMERGENCY);
		assertThat(ChartPolicy.decide(DOCTOR, PATIENT, ChartArea.RECORDS, ChartAction.READ, IN_DOCTORS_CARE, true))
			.as("in their care, the emergency changes nothing")
			.isEqualTo(Verdict.GRANTED);
		assertThat(ChartPolicy.decide(NURSE, PATIENT, ChartArea.RECORDS, ChartAction.READ, STRANGER, true))
			.as("only doctors may break the glass")
			.isEqualTo(Verdict.DENIED);
	}

	@Test
	void aNurseWorksOnRecordsProceduresAndVaccinesOfTheClinicsPatientsButNotPrescriptions() {
		assertThat(decide(NURSE, ChartArea.RECORDS, ChartAction.WRITE, CLINIC_PATIENT_ONLY)).isEqualTo(Verdict.GRANTED);
		assertThat(decide(NURSE, ChartArea.PROCEDURES, ChartAction.PERFORM, CLINIC_PATIENT_ONLY))
			.isEqualTo(Verdict.GRANTED);
		assertThat(decide(NURSE, ChartArea.VACCINES, ChartAction.WRITE, CLINIC_PATIENT_ONLY))
			.isEqualTo(Verdict.GRANTED);
		assertThat(decide(NURSE, ChartArea.ALLERGIES, ChartAction.READ, CLINIC_PATIENT_ONLY))
			.isEqualTo(Verdict.GRANTED);
		assertThat(decide(NURSE, ChartArea.ALLERGIES, ChartAction.WRITE, CLINIC_PATIENT_ONLY))
			.isEqualTo(Verdict.DENIED);
		assertThat(decide(NURSE, ChartArea.PRESCRIPTIONS, ChartAction.READ, CLINIC_PATIENT_ONLY))
			.isEqualTo(Verdict.DENIED);
		assertThat(decide(NURSE, ChartArea.RECORDS, ChartAction.READ, STRANGER)).isEqualTo(Verdict.DENIED);
	}

	@Test
	void aPharmacistReadsAndFillsPrescriptionsAndSeesNothingElse() {
		assertThat(decide(PHARMACIST, ChartArea.PRESCRIPTIONS, ChartAction.READ, STRANGER)).isEqualTo(Verdict.GRANTED);
		assertThat(decide(PHARMACIST, ChartArea.PRESCRIPTIONS, ChartAction.FILL, STRANGER)).isEqualTo(Verdict.GRANTED);
		assertThat(decide(PHARMACIST, ChartArea.PRESCRIPTIONS, ChartAction.LIST, STRANGER)).isEqualTo(Verdict.DENIED);
		assertThat(decide(PHARMACIST, ChartArea.PRESCRIPTIONS, ChartAction.WRITE, STRANGER)).isEqualTo(Verdict.DENIED);
		assertThat(decide(PHARMACIST, ChartArea.RECORDS, ChartAction.READ, IN_DOCTORS_CARE)).isEqualTo(Verdict.DENIED);
		assertThat(decide(PHARMACIST, ChartArea.ALLERGIES, ChartAction.READ, IN_DOCTORS_CARE))
			.isEqualTo(Verdict.DENIED);
	}

	@ParameterizedTest
	@EnumSource(ChartAction.class)
	void anAdminMayDoEverything(ChartAction action) {
		assertThat(decide(ADMIN, ChartArea.PRESCRIPTIONS, action, STRANGER)).isEqualTo(Verdict.GRANTED);
	}

	@Test
	void severalRolesGetTheMostAnyAllows() {
		Caller doctorAndPharmacist = new Caller("x-1", Set.of("doctor", "pharmacist"));

		assertThat(decide(doctorAndPharmacist, ChartArea.PRESCRIPTIONS, ChartAction.FILL, STRANGER))
			.isEqualTo(Verdict.GRANTED);
		assertThat(decide(doctorAndPharmacist, ChartArea.RECORDS, ChartAction.READ, STRANGER))
			.isEqualTo(Verdict.DENIED);
	}

	@Test
	void rolesThatNeverMayAreRefusedBeforeAnyLookup() {
		assertThat(ChartPolicy.mayEver(PHARMACIST, ChartArea.RECORDS, ChartAction.READ)).isFalse();
		assertThat(ChartPolicy.mayEver(PATIENT_SELF, ChartArea.RECORDS, ChartAction.WRITE)).isFalse();
		assertThat(ChartPolicy.mayEver(NURSE, ChartArea.PRESCRIPTIONS, ChartAction.READ)).isFalse();
		assertThat(ChartPolicy.mayEver(new Caller("s-1", Set.of("service")), ChartArea.RECORDS, ChartAction.READ))
			.isFalse();
		assertThat(ChartPolicy.mayEver(DOCTOR, ChartArea.RECORDS, ChartAction.WRITE)).isTrue();
	}

	private static Verdict decide(Caller caller, ChartArea area, ChartAction action, CareStanding care) {
		return ChartPolicy.decide(caller, PATIENT, area, action, care, false);
	}

	private static CareStanding standing(boolean ofDoctor, boolean ofClinic) {
		return new CareStanding() {

			@Override
			public boolean isInCareOf(String doctorId) {
				return ofDoctor;
			}

			@Override
			public boolean isClinicPatient() {
				return ofClinic;
			}

		};
	}

}
