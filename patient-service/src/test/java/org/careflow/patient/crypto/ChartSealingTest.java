package org.careflow.patient.crypto;

import org.bson.Document;
import org.careflow.patient.chart.ChartArea;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChartSealingTest {

	private final ChartSealing sealing = new ChartSealing(new FieldCipher(TestKeys.after()));

	@Test
	void aSealedAllergyHoldsNoneOfWhatWasWrittenInTheClearAndOpensAsItWas() {
		Document allergy = peanutAllergy();

		this.sealing.seal(ChartArea.ALLERGIES, "a-1", allergy);

		assertThat(allergy.toJson()).doesNotContain("Peanut", "762952008", "hives", "snomed");
		assertThat(allergy.getString("substance")).startsWith("v1.2026-12.");
		assertThat(allergy.get("substanceCode", Document.class).getString("display")).startsWith("v1.2026-12.");
		assertThat(allergy.get(ChartSealing.SEALED_WITH)).isEqualTo("2026-12");
		assertThat(allergy.get("patientId")).as("queried: stays plain").isEqualTo("p-1");
		assertThat(allergy.get("status")).as("queried: stays plain").isEqualTo("active");
		this.sealing.open(ChartArea.ALLERGIES, allergy);
		assertThat(allergy).isEqualTo(peanutAllergy().append(ChartSealing.SEALED_WITH, "2026-12"));
	}

	@Test
	void aRecordsTextAndDiagnosisCodeAreSealedAndAnAbsentCodeStaysAbsent() {
		Document record = new Document("_id", "r-1").append("patientId", "p-1")
			.append("kind", "diagnosis")
			.append("text", "Asthma, worse in winter")
			.append("code", new Document("system", "http://hl7.org/fhir/sid/icd-10").append("code", "J45.9"));
		Document note = new Document("_id", "r-2").append("kind", "note").append("text", "Follow-up in May");

		this.sealing.seal(ChartArea.RECORDS, "r-1", record);
		this.sealing.seal(ChartArea.RECORDS, "r-2", note);

		assertThat(record.toJson()).doesNotContain("Asthma", "J45", "icd-10");
		assertThat(record.get("kind")).isEqualTo("diagnosis");
		assertThat(note).doesNotContainKey("code");
		this.sealing.open(ChartArea.RECORDS, record);
		this.sealing.open(ChartArea.RECORDS, note);
		assertThat(record.get("code", Document.class).getString("code")).isEqualTo("J45.9");
		assertThat(record.get("code", Document.class)).doesNotContainKey("display");
		assertThat(note.getString("text")).isEqualTo("Follow-up in May");
	}

	@Test
	void anAlteredValueMakesTheWholeEntryUnreadableNamingOnlyItsId() {
		Document allergy = peanutAllergy();
		this.sealing.seal(ChartArea.ALLERGIES, "a-1", allergy);
		String reaction = allergy.getString("reaction");
		allergy.put("reaction", reaction.substring(0, reaction.length() - 2) + (reaction.endsWith("AA") ? "BB" : "AA"));

		assertThatExceptionOfType(UnreadableRecordException.class)
			.isThrownBy(() -> this.sealing.open(ChartArea.ALLERGIES, allergy))
			.satisfies((ex) -> assertThat(ex.recordId()).isEqualTo("a-1"))
			.withMessageNotContaining("hives");
	}

	@Test
	void aValueMovedToAnotherFieldOrEntryOrLeftPlainInASealedEntryIsRefused() {
		Document other = peanutAllergy().append("_id", "a-2");
		this.sealing.seal(ChartArea.ALLERGIES, "a-2", other);
		Document moved = sealedPeanutAllergy();
		moved.put("reaction", other.get("reaction"));
		Document swapped = sealedPeanutAllergy();
		swapped.put("reaction", swapped.get("substance"));
		Document plainAgain = sealedPeanutAllergy();
		plainAgain.put("substance", "Shellfish");

		for (Document document : new Document[] { moved, swapped, plainAgain }) {
			assertThatExceptionOfType(UnreadableRecordException.class)
				.isThrownBy(() -> this.sealing.open(ChartArea.ALLERGIES, document));
		}
	}

	@Test
	void anEntryStoredBeforeSealingIsReadAsItIsEvenWhenItsTextLooksSealed() {
		Document old = peanutAllergy().append("reaction", "v1.2 of the protocol: hives");

		this.sealing.open(ChartArea.ALLERGIES, old);

		assertThat(old.getString("reaction")).isEqualTo("v1.2 of the protocol: hives");
		assertThat(old.getString("substance")).isEqualTo("Peanut");
	}

	@Test
	void anEntrySealedWithAnOlderKeyStillOpens() {
		ChartSealing before = new ChartSealing(new FieldCipher(TestKeys.before()));
		Document allergy = peanutAllergy();
		before.seal(ChartArea.ALLERGIES, "a-1", allergy);

		this.sealing.open(ChartArea.ALLERGIES, allergy);

		assertThat(allergy.getString("reaction")).isEqualTo("hives");
		assertThat(allergy.get(ChartSealing.SEALED_WITH)).isEqualTo("2026-06");
	}

	@Test
	void aProceduresReasonAndOutcomeAndAPrescriptionsInstructionsAreSealed() {
		Document procedure = new Document("_id", "pr-1").append("name", "Spirometry")
			.append("reason", "Asthma follow-up")
			.append("outcome", "FEV1 within normal range")
			.append("status", "completed");
		Document prescription = new Document("_id", "rx-1").append("instructions", "Take with food")
			.append("status", "active");

		this.sealing.seal(ChartArea.PROCEDURES, "pr-1", procedure);
		this.sealing.seal(ChartArea.PRESCRIPTIONS, "rx-1", prescription);

		assertThat(procedure.toJson()).doesNotContain("Asthma", "FEV1");
		assertThat(prescription.toJson()).doesNotContain("food");
		this.sealing.open(ChartArea.PROCEDURES, procedure);
		this.sealing.open(ChartArea.PRESCRIPTIONS, prescription);
		assertThat(procedure.getString("outcome")).isEqualTo("FEV1 within normal range");
		assertThat(prescription.getString("instructions")).isEqualTo("Take with food");
	}

	@Test
	void anAreaWithNothingSealedIsLeftAsItIs() {
		Document vaccine = new Document("_id", "v-1").append("vaccineName", "MMR");

		this.sealing.seal(ChartArea.VACCINES, "v-1", vaccine);
		this.sealing.open(ChartArea.VACCINES, vaccine);

		assertThat(vaccine).isEqualTo(new Document("_id", "v-1").append("vaccineName", "MMR"));
	}

	@Test
	void aResealingRewritesTheFieldsThatHoldSealedValues() {
		assertThat(ChartSealing.sealedRoots(ChartArea.ALLERGIES)).containsExactly("substance", "substanceCode",
				"reaction");
		assertThat(ChartSealing.sealedRoots(ChartArea.RECORDS)).containsExactly("text", "code");
	}

	private Document sealedPeanutAllergy() {
		Document allergy = peanutAllergy();
		this.sealing.seal(ChartArea.ALLERGIES, "a-1", allergy);
		return allergy;
	}

	private static Document peanutAllergy() {
		return new Document("_id", "a-1").append("patientId", "p-1")
			.append("substance", "Peanut")
			.append("substanceCode",
					new Document("system", "http://snomed.info/sct").append("code", "762952008")
						.append("display", "Peanut (substance)"))
			.append("reaction", "hives")
			.append("severity", "moderate")
			.append("status", "active");
	}

}
