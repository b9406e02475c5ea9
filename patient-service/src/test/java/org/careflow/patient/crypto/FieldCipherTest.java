package org.careflow.patient.crypto;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FieldCipherTest {

	private final FieldCipher cipher = new FieldCipher(TestKeys.after());

	@Test
	void aSealedValueOpensToTheSameTextAndShowsNothingOfIt() {
		String sealed = this.cipher.seal("Zoë Łukasiewicz", "p-1", "lastName");

		assertThat(sealed).startsWith("v1.2026-12.").doesNotContain("Zoë", "ukasiewicz");
		assertThat(sealed.split("\\.")).hasSize(4);
		assertThat(this.cipher.open(sealed, "p-1", "lastName")).isEqualTo("Zoë Łukasiewicz");
		assertThat(this.cipher.seal("Zoë Łukasiewicz", "p-1", "lastName")).as("a new nonce each time")
			.isNotEqualTo(sealed);
	}

	@Test
	void anAlteredValueIsRefused() {
		String sealed = this.cipher.seal("1985-12-10", "p-1", "birthDate");
		int last = sealed.length() - 1;
		String altered = sealed.substring(0, last) + ((sealed.charAt(last) == 'A') ? 'B' : 'A');

		assertThatExceptionOfType(IntegrityException.class)
			.isThrownBy(() -> this.cipher.open(altered, "p-1", "birthDate"))
			.withMessage("birthDate failed its integrity check");
		assertThatExceptionOfType(IntegrityException.class)
			.isThrownBy(() -> this.cipher.open(sealed.substring(0, 30), "p-1", "birthDate"));
	}

	@Test
	void aValueMovedToAnotherRecordOrFieldIsRefused() {
		String sealed = this.cipher.seal("Ada", "p-1", "firstName");

		assertThatExceptionOfType(IntegrityException.class)
			.isThrownBy(() -> this.cipher.open(sealed, "p-2", "firstName"));
		assertThatExceptionOfType(IntegrityException.class)
			.isThrownBy(() -> this.cipher.open(sealed, "p-1", "lastName"));
	}

	@Test
	void valuesSealedWithTheOldKeyStillOpenAfterTheRotation() {
		String sealedBefore = new FieldCipher(TestKeys.before()).seal("+15550100", "p-1", "phone");

		assertThat(this.cipher.open(sealedBefore, "p-1", "phone")).isEqualTo("+15550100");
		assertThat(this.cipher.isCurrent(sealedBefore)).isFalse();
		assertThat(this.cipher.isCurrent(this.cipher.seal("+15550100", "p-1", "phone"))).isTrue();
	}

	@Test
	void aValueSealedWithAKeyNoLongerHeldOrNotSealedAtAllIsRefused() {
		FieldCipher withoutTheOldKey = new FieldCipher(
				Keyring.of(Map.of("2026-12", TestKeys.NEW), "2026-12", TestKeys.INDEX));
		String sealedBefore = new FieldCipher(TestKeys.before()).seal("Ada", "p-1", "firstName");

		assertThatExceptionOfType(IntegrityException.class)
			.isThrownBy(() -> withoutTheOldKey.open(sealedBefore, "p-1", "firstName"))
			.withMessageContaining("2026-06");
		assertThatExceptionOfType(IntegrityException.class)
			.isThrownBy(() -> this.cipher.open("Ada", "p-1", "firstName"));
	}

	@Test
	void anotherKeyWithTheSameIdDoesNotOpenIt() {
		String sealed = this.cipher.seal("Ada", "p-1", "firstName");
		FieldCipher impostor = new FieldCipher(
				Keyring.of(Map.of("2026-12", KeysFile.randomKey()), "2026-12", TestKeys.INDEX));

		assertThatExceptionOfType(IntegrityException.class).isThrownBy(() -> impostor.open(sealed, "p-1", "firstName"));
	}

}
