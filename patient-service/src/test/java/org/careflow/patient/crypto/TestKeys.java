package org.careflow.patient.crypto;

import java.util.Map;

/** Keyrings for tests: an old key, a new one, and the index key. */
final class TestKeys {

	static final String OLD = KeysFile.randomKey();

	static final String NEW = KeysFile.randomKey();

	static final String INDEX = KeysFile.randomKey();

	private TestKeys() {
	}

	/** Before the rotation: only the old key. */
	static Keyring before() {
		return Keyring.of(Map.of("2026-06", OLD), "2026-06", INDEX);
	}

	/** After it: both keys, the new one current. */
	static Keyring after() {
		return Keyring.of(Map.of("2026-06", OLD, "2026-12", NEW), "2026-12", INDEX);
	}

}
