package org.careflow.patient.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.careflow.patient.domain.ContactDetails;
import org.careflow.patient.domain.EmergencyContact;
import org.careflow.patient.domain.InvalidProfileException;
import org.careflow.patient.domain.PostalAddress;
import org.careflow.patient.domain.ProfileViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A patient's merge patch (RFC 7396) of their own profile. */
class ProfilePatchTest {

	private static final PostalAddress PARIS = new PostalAddress("1 Rue de la Paix", "3e étage", "Paris", "75002",
			"FR");

	private static final ContactDetails CURRENT = new ContactDetails("+15550100", PARIS, "fr",
			List.of(new EmergencyContact("John Doe", "brother", "+15550101")));

	@Test
	void fieldsLeftOutStay() {
		assertThat(apply("{\"phone\":\"+33 1 23 45 67 89\"}"))
			.isEqualTo(new ContactDetails("+33 1 23 45 67 89", PARIS, "fr", CURRENT.emergencyContacts()));
	}

	@Test
	void anAddressIsMergedPartByPartAndAPartSentAsNullIsCleared() {
		ContactDetails changed = apply("{\"address\":{\"city\":\"Lyon\",\"postalCode\":\"69001\",\"line2\":null}}");

		assertThat(changed.address()).isEqualTo(new PostalAddress("1 Rue de la Paix", null, "Lyon", "69001", "FR"));
	}

	@Test
	void fieldsSentAsNullAreCleared() {
		ContactDetails changed = apply("{\"address\":null,\"preferredLanguage\":null,\"emergencyContacts\":null}");

		assertThat(changed).isEqualTo(new ContactDetails("+15550100", null, null, List.of()));
	}

	@Test
	void theListOfContactsIsReplacedWhole() {
		ContactDetails changed = apply(
				"{\"emergencyContacts\":[{\"name\":\"Mary Major\",\"phone\":\"+15550102\"}],\"preferredLanguage\":\"pt-br\"}");

		assertThat(changed.emergencyContacts()).containsExactly(new EmergencyContact("Mary Major", null, "+15550102"));
		assertThat(changed.preferredLanguage()).isEqualTo("pt-BR");
	}

	@Test
	void thePhoneCannotBeCleared() {
		assertThat(fieldsRefused("{\"phone\":null}")).containsExactly("phone");
	}

	@ParameterizedTest
	@ValueSource(strings = { "firstName", "lastName", "birthDate", "gender", "attendingDoctorId", "departmentId", "id",
			"version" })
	void aStaffOnlyFieldRefusesTheWholeChangeNamingIt(String field) {
		InvalidProfileException refused = refuse("{\"phone\":\"+15550199\",\"" + field + "\":\"x\"}");

		assertThat(refused.violations())
			.containsExactly(new ProfileViolation(field, "may be changed by the clinic's staff only"));
	}

	@Test
	void theEmailIsChangedOnTheAccountPage() {
		assertThat(refuse("{\"email\":\"new@example.org\"}").violations()).singleElement()
			.satisfies((violation) -> assertThat(violation.message()).contains("account page"));
	}

	@Test
	void unknownFieldsAreNamedAlsoInsideTheAddressAndContacts() {
		assertThat(fieldsRefused(
				"{\"nickname\":\"Ada\",\"address\":{\"state\":\"CA\"},\"emergencyContacts\":[{\"name\":\"A B\",\"phone\":\"+15550102\",\"email\":\"a@b.c\"}]}"))
			.containsExactlyInAnyOrder("nickname", "address.state", "emergencyContacts[0].email");
	}

	@Test
	void everyBadValueIsNamed() {
		assertThat(fieldsRefused("{\"phone\":\"call me\",\"address\":{\"country\":\"France\",\"line1\":5},"
				+ "\"preferredLanguage\":\"french\",\"emergencyContacts\":[{\"name\":\"\",\"phone\":\"x\"},7]}"))
			.containsExactlyInAnyOrder("phone", "address.country", "address.line1", "preferredLanguage",
					"emergencyContacts[0].name", "emergencyContacts[0].phone", "emergencyContacts[1]");
	}

	@Test
	void valuesOfTheWrongShapeAreNamed() {
		assertThat(fieldsRefused("{\"phone\":15550100,\"address\":\"Paris\",\"emergencyContacts\":{}}"))
			.containsExactly("phone", "address", "emergencyContacts");
	}

	@Test
	void atMostFiveContacts() {
		String contact = "{\"name\":\"A B\",\"phone\":\"+15550102\"}";
		String six = String.join(",", java.util.Collections.nCopies(6, contact));

		assertThat(fieldsRefused("{\"emergencyContacts\":[" + six + "]}")).containsExactly("emergencyContacts");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "[]", "\"phone\"", "null", "{", "{\"phone\":\"+15550100\",\"phone\":\"+15550199\"}" })
	void aBodyThatIsNotOneJsonObjectIsRefused(String body) {
		assertThatExceptionOfType(InvalidProfileException.class)
			.isThrownBy(() -> ProfileReader.object(body.getBytes(StandardCharsets.UTF_8)))
			.satisfies((refused) -> assertThat(refused.violations()).extracting(ProfileViolation::field)
				.containsExactly("body"));
	}

	@Test
	void aBodyLargerThan16KbIsRefused() {
		byte[] large = ("{\"phone\":\"" + "1".repeat(ProfileReader.MAX_BODY_BYTES) + "\"}")
			.getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(ProfileBodyTooLargeException.class).isThrownBy(() -> ProfileReader.object(large));
	}

	private static ContactDetails apply(String json) {
		return ProfilePatch.apply(CURRENT, body(json));
	}

	private static InvalidProfileException refuse(String json) {
		return org.assertj.core.api.Assertions.catchThrowableOfType(InvalidProfileException.class,
				() -> ProfilePatch.apply(CURRENT, body(json)));
	}

	private static List<String> fieldsRefused(String json) {
		InvalidProfileException refused = refuse(json);
		assertThat(refused).as("refused").isNotNull();
		return refused.violations().stream().map(ProfileViolation::field).toList();
	}

	private static JsonNode body(String json) {
		return ProfileReader.object(json.getBytes(StandardCharsets.UTF_8));
	}

}
