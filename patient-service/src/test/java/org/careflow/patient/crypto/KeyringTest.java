package org.careflow.patient.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class KeyringTest {

	@TempDir
	Path directory;

	@Test
	void withoutKeysThereIsNoKeyringAndTheMessageSaysWhatToSet() {
		assertThatIllegalStateException().isThrownBy(() -> Keyring.of(Map.of(), null, TestKeys.INDEX))
			.withMessageContaining("PATIENT_DATA_CURRENT_KEY");
		assertThatIllegalStateException().isThrownBy(() -> Keyring.of(Map.of(), "k1", TestKeys.INDEX))
			.withMessageContaining("PATIENT_DATA_KEYS_FILE");
		assertThatIllegalStateException().isThrownBy(() -> Keyring.of(Map.of("k1", TestKeys.NEW), "k1", " "))
			.withMessageContaining("PATIENT_DATA_INDEX_KEY");
		assertThatIllegalStateException().isThrownBy(() -> Keyring.of(Map.of("k1", TestKeys.NEW), "k2", TestKeys.INDEX))
			.withMessageContaining("k2");
	}

	@Test
	void aKeyMustBeThirtyTwoRandomBytesAndIsNeverQuoted() {
		String short16 = Base64.getEncoder().encodeToString(new byte[16]);

		assertThatIllegalStateException().isThrownBy(() -> Keyring.of(Map.of("k1", short16), "k1", TestKeys.INDEX))
			.withMessageContaining("32")
			.withMessageNotContaining(short16);
		assertThatIllegalStateException()
			.isThrownBy(() -> Keyring.of(Map.of("k1", "not base64!"), "k1", TestKeys.INDEX))
			.withMessageContaining("base64");
		assertThatIllegalStateException()
			.isThrownBy(() -> Keyring.of(Map.of("k.1", TestKeys.NEW), "k.1", TestKeys.INDEX))
			.withMessageContaining("key id");
	}

	@Test
	void theKeysFileGivesWhatIsNotSetDirectly() throws Exception {
		Path file = this.directory.resolve("keys.properties");
		Files.writeString(file, "current-key=2026-06\nkey.2026-06=" + TestKeys.OLD + "\nindex-key=" + TestKeys.INDEX);

		Keyring keys = KeysFile.keyring(
				new CryptoProperties(Map.of("2026-12", TestKeys.NEW), file.toString(), "2026-12", null, false, true));

		assertThat(keys.keyIds()).containsExactlyInAnyOrder("2026-06", "2026-12");
		assertThat(keys.currentKeyId()).isEqualTo("2026-12");
	}

	@Test
	void theLocalStackAloneHasItsKeysFileCreatedAndKeptAcrossStarts() {
		Path file = this.directory.resolve("stack/patient-data-keys.properties");
		CryptoProperties local = new CryptoProperties(Map.of(), file.toString(), null, null, true, true);

		Keyring first = KeysFile.keyring(local);
		Keyring second = KeysFile.keyring(local);
		String sealed = new FieldCipher(first).seal("Ada", "p-1", "firstName");

		assertThat(file).exists();
		assertThat(new FieldCipher(second).open(sealed, "p-1", "firstName")).isEqualTo("Ada");
		assertThatIllegalStateException()
			.isThrownBy(() -> KeysFile.keyring(new CryptoProperties(Map.of(),
					this.directory.resolve("absent").toString(), null, null, false, true)))
			.withMessageContaining("PATIENT_DATA_KEYS_FILE");
	}

}
