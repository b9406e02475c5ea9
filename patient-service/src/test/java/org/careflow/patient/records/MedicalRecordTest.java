package org.careflow.patient.records;

import java.time.Instant;
import java.time.LocalDate;

import org.careflow.patient.chart.ChartConflictException;
import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.chart.Coding;
import org.careflow.patient.chart.InvalidChartRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MedicalRecordTest {

	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	private static final Coding ASTHMA = new Coding("http://hl7.org/fhir/sid/icd-10", "J45.9", "Asthma");

	static MedicalRecord.Details diagnosis(String status) {
		return new MedicalRecord.Details("diagnosis", ASTHMA, "Wheezing since childhood", LocalDate.of(1995, 3, 1),
				status);
	}

	private static MedicalRecord written() {
		return MedicalRecord.write("r1", "p1", "d1", "Dr One", diagnosis(null), NOW);
	}

	@Test
	void aNewRecordIsActiveAtVersionZeroByItsAuthor() {
		MedicalRecord record = written();

		assertThat(record.status()).isEqualTo("active");
		assertThat(record.version()).isZero();
		assertThat(record.authorId()).isEqualTo("d1");
		assertThat(record.createdAt()).isEqualTo(NOW);
	}

	@Test
	void aRevisionResolvesItAtTheVersionAfterTheOneRead() {
		MedicalRecord resolved = written().revise(diagnosis("resolved"), 0, NOW.plusSeconds(60));

		assertThat(resolved.status()).isEqualTo("resolved");
		assertThat(resolved.version()).isEqualTo(1);
		assertThat(resolved.createdAt()).isEqualTo(NOW);
		assertThat(resolved.updatedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void enteredInErrorKeepsWhoWhenAndWhyAndClosesTheRecord() {
		MedicalRecord marked = written().enterInError("wrong patient", "d2", 0, NOW);

		assertThat(marked.status()).isEqualTo(ChartEntry.ENTERED_IN_ERROR);
		assertThat(marked.enteredInError().reason()).isEqualTo("wrong patient");
		assertThat(marked.enteredInError().byId()).isEqualTo("d2");
		assertThat(marked.text()).isEqualTo("Wheezing since childhood");
		assertThatThrownBy(() -> marked.revise(diagnosis(null), 1, NOW)).isInstanceOf(ChartConflictException.class);
		assertThatThrownBy(() -> marked.enterInError("again", "d2", 1, NOW)).isInstanceOf(ChartConflictException.class);
	}

	@Test
	void entryInErrorIsNotAStatusOneCanWrite() {
		assertThatThrownBy(() -> written().revise(diagnosis("entered-in-error"), 0, NOW))
			.isInstanceOf(InvalidChartRequestException.class)
			.extracting("field")
			.isEqualTo("status");
	}

	@Test
	void anUnknownKindIsRefusedNamingIt() {
		MedicalRecord.Details prescription = new MedicalRecord.Details("prescription", null, "x", null, null);

		assertThatThrownBy(() -> MedicalRecord.write("r1", "p1", "d1", "Dr One", prescription, NOW))
			.isInstanceOf(InvalidChartRequestException.class)
			.extracting("field")
			.isEqualTo("kind");
	}

	@Test
	void anOnsetBefore1900OrInTheFutureIsRefused() {
		for (LocalDate absurd : new LocalDate[] { LocalDate.of(1899, 12, 31), LocalDate.of(2026, 12, 2) }) {
			MedicalRecord.Details details = new MedicalRecord.Details("note", null, "x", absurd, null);
			assertThatThrownBy(() -> MedicalRecord.write("r1", "p1", "d1", "Dr One", details, NOW))
				.isInstanceOf(InvalidChartRequestException.class)
				.extracting("field")
				.isEqualTo("onset");
		}
		MedicalRecord.Details today = new MedicalRecord.Details("note", null, "x", LocalDate.of(2026, 11, 30), null);
		assertThat(MedicalRecord.write("r1", "p1", "d1", "Dr One", today, NOW).onset()).isEqualTo("2026-11-30");
	}

}
