package org.careflow.platform.validation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextConstraintsTest {

	private final PersonName.Validator names = new PersonName.Validator();

	private final PlainText.Validator text = new PlainText.Validator();

	@ParameterizedTest
	@ValueSource(strings = { "Doe (Jr)", "O'Brien", "O’Brien", "Anne-Marie", "李小龍", "Nguyễn Văn An", "Smith, Jr.",
			"Henry VIII", "Ævar Arnfjörð", "محمد" })
	void namesRealPeopleHaveAreAccepted(String name) {
		assertThat(this.names.isValid(name, null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>", "Doe\u0000", "a\nb", "x=1;", "Bob\u202Eevil", "" })
	void controlCharactersAndMarkupAreRefusedInNames(String name) {
		assertThat(this.names.isValid(name, null)).isFalse();
	}

	@Test
	void textKeepsLineBreaksButNotOtherControlOrFormattingCharacters() {
		assertThat(this.text.isValid("Cough for 3 days,\r\n\tworse at night. 咳嗽", null)).isTrue();
		assertThat(this.text.isValid("abc\u0000", null)).isFalse();
		assertThat(this.text.isValid("abc\u0007", null)).isFalse();
		assertThat(this.text.isValid("right-to-left \u202E override", null)).isFalse();
	}

	@Test
	void theRealmAcceptsExactlyTheNamesAcceptedHere() throws Exception {
		Path realm = Path.of("../keycloak/careflow-realm.json");
		String json = Files.readString(realm);
		String asStoredInTheRealm = PersonName.PATTERN.replace("\\", "\\\\\\\\");
		assertThat(json).as("the realm's firstName/lastName pattern").contains(asStoredInTheRealm);
	}

}
