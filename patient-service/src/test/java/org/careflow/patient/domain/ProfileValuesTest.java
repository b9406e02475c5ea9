package org.careflow.patient.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits and forms of each profile field. */
class ProfileValuesTest {

	@ParameterizedTest
	@CsvSource({ "fr,fr", "pt-BR,pt-BR", "pt-br,pt-BR", "zh-Hant-TW,zh-Hant-TW", "en,en" })
	void aLanguageIsABcp47TagKeptInItsCanonicalForm(String given, String kept) {
		Violations violations = new Violations();

		assertThat(PreferredLanguage.of("preferredLanguage", given, violations)).isEqualTo(kept);
		assertThat(violations.found()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "french", "xx", "fr_FR", "12", "en-", "-en", "x", "en-US-aaaaaaaaa", "fr FR",
			"en-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd" })
	void aLanguageThatIsNoTagIsRefused(String given) {
		Violations violations = new Violations();

		assertThat(PreferredLanguage.of("preferredLanguage", given, violations)).isNull();
		assertThat(violations.found()).extracting(ProfileViolation::field).containsExactly("preferredLanguage");
	}

	@Test
	void anAddressHasBoundedPartsAndAnIsoCountryCode() {
		Violations violations = new Violations();

		PostalAddress address = PostalAddress.of("address", " 1 Rue de la Paix ", null, "Paris", "75002", "fr",
				violations);
		PostalAddress.of("address", "x".repeat(201), "y".repeat(201), "z".repeat(101), "9".repeat(21), "XX",
				violations);

		assertThat(address).isEqualTo(new PostalAddress("1 Rue de la Paix", null, "Paris", "75002", "FR"));
		assertThat(violations.found()).extracting(ProfileViolation::field)
			.containsExactly("address.line1", "address.line2", "address.city", "address.postalCode", "address.country");
	}

	@Test
	void anAddressWithoutAnyPartIsNoAddress() {
		assertThat(PostalAddress.of("address", null, " ", null, null, null, new Violations())).isNull();
	}

	@Test
	void controlCharactersHaveNoPlaceInAnAddress() {
		Violations violations = new Violations();

		PostalAddress.of("address", "1 Main St\u0000", "2\u202eA", null, null, null, violations);

		assertThat(violations.found()).extracting(ProfileViolation::field)
			.containsExactly("address.line1", "address.line2");
	}

	@Test
	void anEmergencyContactNeedsANameAndAPhoneAsRegistrationChecksThem() {
		Violations violations = new Violations();

		EmergencyContact ok = EmergencyContact.of("c[0]", "John O'Brien", "brother", "+44 20 7946 0958", violations);
		EmergencyContact.of("c[1]", null, "r".repeat(51), "call me", violations);
		EmergencyContact.of("c[2]", "<b>x</b>", null, null, violations);

		assertThat(ok).isEqualTo(new EmergencyContact("John O'Brien", "brother", "+44 20 7946 0958"));
		assertThat(violations.found()).extracting(ProfileViolation::field)
			.containsExactly("c[1].name", "c[1].relationship", "c[1].phone", "c[2].name", "c[2].phone");
	}

	@Test
	void atMostFiveEmergencyContacts() {
		Violations violations = new Violations();

		EmergencyContact.checkCount("emergencyContacts", List.of(1, 2, 3, 4, 5), violations);
		assertThat(violations.found()).isEmpty();
		EmergencyContact.checkCount("emergencyContacts", List.of(1, 2, 3, 4, 5, 6), violations);
		assertThat(violations.found()).extracting(ProfileViolation::field).containsExactly("emergencyContacts");
	}

	@Test
	void genderIsOneOfFhirsCodes() {
		assertThat(Gender.fromCode("female")).contains(Gender.FEMALE);
		assertThat(Gender.fromCode("unknown")).contains(Gender.UNKNOWN);
		assertThat(Gender.fromCode("FEMALE")).isEmpty();
		assertThat(Gender.fromCode("f")).isEmpty();
	}

	@Test
	void theNameKeyIgnoresCaseAndAccents() {
		assertThat(NameKey.of(" Zoë ")).isEqualTo("zoe");
		assertThat(NameKey.of("ŁUKASIEWICZ")).isEqualTo("lukasiewicz");
		assertThat(NameKey.of("Søren Straße")).isEqualTo("soren strasse");
		assertThat(NameKey.of("Nguyễn")).isEqualTo("nguyen");
		assertThat(NameKey.of("O'Brien")).isEqualTo("o'brien");
		assertThat(NameKey.of("李")).isEqualTo("李");
	}

	@Test
	void theAgeIsWholeYearsOnTheDayAsked() {
		Patient jane = Patient.register("p-1", PatientTest.jane());

		assertThat(jane.ageOn(LocalDate.of(2026, 4, 11))).isEqualTo(35);
		assertThat(jane.ageOn(LocalDate.of(2026, 4, 12))).isEqualTo(36);
	}

	@Test
	void aProfileStoredBeforeTheNewFieldsLoadsWithNoneOfThemAtVersionZero() {
		Patient old = new Patient("p-1", "jane@example.org", "Jane", "Doe", LocalDate.of(1990, 4, 12), "+15550100",
				Instant.EPOCH, null, null, null, null, null, null, null, null);

		assertThat(old.version()).isZero();
		assertThat(old.emergencyContacts()).isEmpty();
		assertThat(old.pendingEvents()).isEmpty();
		assertThat(old.contactDetails()).isEqualTo(new ContactDetails("+15550100", null, null, List.of()));
	}

	@Test
	void aNewPatientIsAtVersionZero() {
		Patient jane = Patient.register("p-1", PatientTest.jane());

		assertThat(jane.version()).isZero();
	}

	@Test
	void aStaffChangeOfANameNeverChangesTheIdOrEmail() {
		Patient jane = Patient.register("p-1", PatientTest.jane());

		Patient changed = jane.with(new StaffProfile("Jane", "Ölberg", LocalDate.of(1990, 4, 12), Gender.FEMALE,
				jane.contactDetails(), "doc-1", "cardiology"));

		assertThat(changed.lastName()).isEqualTo("Ölberg");
		assertThat(changed.id()).isEqualTo("p-1");
		assertThat(changed.email()).isEqualTo(jane.email());
		assertThat(changed.departmentId()).isEqualTo("cardiology");
	}

}
