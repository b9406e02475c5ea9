package org.careflow.patient.crypto;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PatientSealingTest {

	private final PatientSealing sealing = sealingWith(TestKeys.after());

	@Test
	void aSealedProfileHoldsNoPersonalDataInTheClearAndOpensAsItWas() {
		Document document = ada();

		this.sealing.seal("p-1", document);

		assertThat(document.toJson()).doesNotContain("\"Ada\"", "Lovelace", "1985-12-10", "15550100", "Ockham", "Byron",
				"ada@example.org", "FEMALE", "London");
		assertThat(document.get(PatientSealing.SEALED_WITH)).isEqualTo("2026-12");
		assertThat(document.get("preferredLanguage")).as("not personal enough to seal").isEqualTo("en-GB");
		assertThat(document.getList(PatientSealing.NAME_TERMS, String.class)).contains(this.sealing.nameTerm("lov"),
				this.sealing.nameTerm("ada"));
		assertThat(document.get(PatientSealing.EMAIL_TERM)).isEqualTo(this.sealing.emailTerm(" ADA@example.org"));
		assertThat(document.get(PatientSealing.BIRTH_DATE_TERM))
			.isEqualTo(this.sealing.birthDateTerm(LocalDate.of(1985, 12, 10)));
		this.sealing.open(document);
		Document expected = ada();
		for (String field : PatientSealing.SEALED_FIELDS) {
			assertThat(document.get(field)).as(field).isEqualTo(expected.get(field));
		}
	}

	@Test
	void anAlteredFieldMakesTheWholeRecordUnreadableNamingOnlyItsId() {
		Document document = ada();
		this.sealing.seal("p-1", document);
		String phone = document.getString("phone");
		document.put("phone", phone.substring(0, phone.length() - 2) + (phone.endsWith("AA") ? "BB" : "AA"));

		assertThatExceptionOfType(UnreadableRecordException.class).isThrownBy(() -> this.sealing.open(document))
			.satisfies((ex) -> assertThat(ex.recordId()).isEqualTo("p-1"))
			.withMessageNotContaining("1555");
	}

	@Test
	void aValueCopiedFromAnotherRecordOrLeftPlainInASealedRecordIsRefused() {
		Document other = ada();
		other.put("_id", "p-2");
		this.sealing.seal("p-2", other);
		Document document = ada();
		this.sealing.seal("p-1", document);
		document.put("lastName", other.get("lastName"));
		Document plainAgain = ada();
		this.sealing.seal("p-1", plainAgain);
		plainAgain.put("firstName", "Mallory");

		assertThatExceptionOfType(UnreadableRecordException.class).isThrownBy(() -> this.sealing.open(document));
		assertThatExceptionOfType(UnreadableRecordException.class).isThrownBy(() -> this.sealing.open(plainAgain));
	}

	@Test
	void aProfileStoredBeforeEncryptionIsReadAsItIsAndNeedsResealing() {
		Document plain = ada();

		this.sealing.open(plain);

		assertThat(plain.get("firstName")).isEqualTo("Ada");
		assertThat(plain.get("birthDate")).isEqualTo(LocalDate.of(1985, 12, 10));
		assertThat(this.sealing.needsResealing(plain)).isTrue();
	}

	@Test
	void resealingAfterARotationPutsEveryValueUnderTheNewKeyAndKeepsTheTerms() {
		Document document = ada();
		sealingWith(TestKeys.before()).seal("p-1", document);
		Object termsBefore = document.get(PatientSealing.NAME_TERMS);
		assertThat(this.sealing.needsResealing(document)).isTrue();

		this.sealing.open(document);
		this.sealing.seal("p-1", document);

		assertThat(this.sealing.needsResealing(document)).isFalse();
		assertThat(document.getString("firstName")).startsWith("v1.2026-12.");
		assertThat(document.get("address", Document.class).getString("city")).startsWith("v1.2026-12.");
		assertThat(document.get(PatientSealing.NAME_TERMS)).isEqualTo(termsBefore);
		assertThat(document.toJson()).doesNotContain("v1.2026-06.");
	}

	private static PatientSealing sealingWith(Keyring keys) {
		return new PatientSealing(new FieldCipher(keys), new BlindIndex(keys));
	}

	private static Document ada() {
		return new Document("_id", "p-1").append("email", "ada@example.org")
			.append("firstName", "Ada")
			.append("lastName", "Lovelace")
			.append("birthDate", LocalDate.of(1985, 12, 10))
			.append("phone", "+15550100")
			.append("gender", "FEMALE")
			.append("preferredLanguage", "en-GB")
			.append("address",
					new Document("line1", "12 St James's Square").append("city", "London")
						.append("postalCode", "SW1Y 4JH")
						.append("country", "GB"))
			.append("emergencyContacts",
					List.of(new Document("name", "Lady Byron").append("relationship", "mother")
						.append("phone", "+15550101"),
							new Document("name", "William Ockham").append("phone", "+15550102")));
	}

}
