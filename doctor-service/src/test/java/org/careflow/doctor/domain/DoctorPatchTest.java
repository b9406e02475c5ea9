package org.careflow.doctor.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careflow.doctor.domain.DoctorPatch.Editor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DoctorPatchTest {

	@Test
	void aDoctorChangesTheirBioPhoneAndLanguagesAndTheRestStays() {
		Doctor house = DoctorTestData.houseWithProfile();

		Doctor changed = DoctorPatch
			.of(Editor.DOCTOR,
					patch(3, "bio", "  Limps.  ", "phone", "+1 555 0100", "languages", List.of("pt-br", "de")))
			.applyTo(house);

		assertThat(changed.profile()).isEqualTo(new DoctorProfile("Limps.", "+1 555 0100", List.of("pt-BR", "de")));
		assertThat(changed.firstName()).isEqualTo("Gregory");
		assertThat(changed.licenseNumber()).isEqualTo("CH-12345");
		assertThat(changed.departmentId()).isEqualTo("dep-1");
	}

	@Test
	void fieldsLeftOutStayAndFieldsSentAsNullAreCleared() {
		Doctor house = DoctorTestData.houseWithProfile();

		Doctor changed = DoctorPatch.of(Editor.DOCTOR, patch(3, "phone", null, "languages", null)).applyTo(house);

		assertThat(changed.profile()).isEqualTo(new DoctorProfile("Diagnostician.", null, List.of()));
	}

	@Test
	void aDoctorSendingAFieldOnlyAnAdminMayChangeIsRefusedNamingEachSuchField() {
		Map<String, Object> body = patch(3, "bio", "Fine.", "specialty", "Surgery", "licenseNumber", "X1",
				"departmentId", "dep-2", "firstName", "Greg", "lastName", "H", "email", "x@example.org");

		assertThatThrownBy(() -> DoctorPatch.of(Editor.DOCTOR, body)).isInstanceOfSatisfying(
				InvalidDoctorChangeException.class,
				(ex) -> assertThat(fields(ex)).containsExactlyInAnyOrder("specialty", "licenseNumber", "departmentId",
						"firstName", "lastName", "email"));
	}

	@Test
	void anAdminChangesNamesSpecialtyAndLicenseNumberButNeitherDepartmentNorEmail() {
		Doctor changed = DoctorPatch
			.of(Editor.ADMIN,
					patch(3, "firstName", "Greg", "lastName", "House-Cuddy", "specialty", "Diagnostics",
							"licenseNumber", " CH 99/1 ", "bio", null))
			.applyTo(DoctorTestData.houseWithProfile());

		assertThat(changed.firstName()).isEqualTo("Greg");
		assertThat(changed.lastName()).isEqualTo("House-Cuddy");
		assertThat(changed.specialty()).isEqualTo("Diagnostics");
		assertThat(changed.licenseNumber()).isEqualTo("CH 99/1");
		assertThat(changed.profile().bio()).isNull();
		assertThatThrownBy(() -> DoctorPatch.of(Editor.ADMIN, patch(3, "departmentId", "d", "email", "e@x.org")))
			.isInstanceOfSatisfying(InvalidDoctorChangeException.class,
					(ex) -> assertThat(fields(ex)).containsExactlyInAnyOrder("departmentId", "email"));
	}

	@Test
	void anUnknownFieldIsRefusedNotIgnoredAndAHugeNameIsCutShort() {
		assertThatThrownBy(() -> DoctorPatch.of(Editor.ADMIN, patch(0, "nickname", "Dr H", "x".repeat(5000), 1)))
			.isInstanceOfSatisfying(InvalidDoctorChangeException.class,
					(ex) -> assertThat(fields(ex)).containsExactlyInAnyOrder("nickname", "x".repeat(64) + "…"));
	}

	@Test
	void thePatchMustNameTheVersionItReadAsAWholeNumber() {
		Map<String, Object> noVersion = new HashMap<>(Map.of("bio", "Hello"));

		assertThatThrownBy(() -> DoctorPatch.of(Editor.DOCTOR, noVersion)).isInstanceOfSatisfying(
				InvalidDoctorChangeException.class, (ex) -> assertThat(fields(ex)).containsExactly("version"));
		for (Object bad : new Object[] { -1, 1.5, "3", null }) {
			Map<String, Object> body = new HashMap<>();
			body.put("version", bad);
			assertThatThrownBy(() -> DoctorPatch.of(Editor.DOCTOR, body)).as("%s", bad)
				.isInstanceOf(InvalidDoctorChangeException.class);
		}
		assertThat(DoctorPatch.of(Editor.DOCTOR, patch(7L)).readVersion()).isEqualTo(7);
	}

	@Test
	void everyValueIsBounded() {
		List<String> elevenLanguages = List.of("en", "de", "fr", "it", "es", "pt", "nl", "sv", "da", "fi", "pl");

		assertThat(violations(patch(0, "bio", "b".repeat(DoctorPatch.MAX_BIO)))).isEmpty();
		assertThat(violations(patch(0, "bio", "b".repeat(DoctorPatch.MAX_BIO + 1)))).containsExactly("bio");
		assertThat(violations(patch(0, "phone", "+1234567890123456789012"))).containsExactly("phone");
		assertThat(violations(patch(0, "languages", elevenLanguages))).containsExactly("languages");
		assertThat(violations(patch(0, "languages", elevenLanguages.subList(0, 10)))).isEmpty();
	}

	@Test
	void badValuesAreNamedByTheirField() {
		assertThat(violations(patch(0, "bio", "bell\u0007"))).containsExactly("bio");
		assertThat(violations(patch(0, "bio", 42))).containsExactly("bio");
		assertThat(violations(patch(0, "phone", "call me"))).containsExactly("phone");
		assertThat(violations(patch(0, "languages", "en"))).containsExactly("languages");
		assertThat(violations(patch(0, "languages", List.of("en", "klingon!", "EN", 5))))
			.containsExactly("languages[1]", "languages[2]", "languages[3]");
	}

	@Test
	void anAdminCannotBlankANameOrTheSpecialtyOrPutMarkupInAName() {
		Map<String, Object> body = patch(0, "firstName", "  ", "lastName", "<b>House</b>", "specialty", null);

		assertThatThrownBy(() -> DoctorPatch.of(Editor.ADMIN, body)).isInstanceOfSatisfying(
				InvalidDoctorChangeException.class,
				(ex) -> assertThat(fields(ex)).containsExactlyInAnyOrder("firstName", "lastName", "specialty"));
		assertThat(violations(Editor.ADMIN, patch(0, "licenseNumber", "<script>"))).containsExactly("licenseNumber");
		assertThat(violations(Editor.ADMIN, patch(0, "firstName", "n".repeat(101)))).containsExactly("firstName");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pt-BR", "zh-Hant-TW", "gsw", "sr-Latn" })
	void languageTagsInUseAreAccepted(String tag) {
		assertThat(LanguageTag.canonical(tag)).isEqualToIgnoringCase(tag);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "e", "english", "xx", "en_US", "en-", "x-private", "en-u-ca-buddhist", "123" })
	void otherTextIsNoLanguageTag(String tag) {
		assertThat(LanguageTag.canonical(tag)).isNull();
	}

	private static List<String> violations(Map<String, Object> body) {
		return violations(Editor.DOCTOR, body);
	}

	private static List<String> violations(Editor editor, Map<String, Object> body) {
		try {
			DoctorPatch.of(editor, body);
			return List.of();
		}
		catch (InvalidDoctorChangeException ex) {
			return fields(ex);
		}
	}

	private static List<String> fields(InvalidDoctorChangeException ex) {
		return ex.violations().stream().map(FieldViolation::field).toList();
	}

	/** A body with the version and then field, value pairs (values may be null). */
	private static Map<String, Object> patch(long version, Object... fieldsAndValues) {
		Map<String, Object> body = new HashMap<>();
		body.put("version", version);
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			body.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		return body;
	}

}
