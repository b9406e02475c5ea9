package org.careflow.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.careflow.localstack.KeycloakServer;

/**
 * The seeded patients' access tokens (password grant of the web client, as the app signs
 * in). Tokens live 5 minutes: before each workload they are taken again unless all of
 * them outlive it with a margin.
 */
final class PatientTokens {

	private static final Duration MARGIN = Duration.ofSeconds(30);

	private final KeycloakServer keycloak;

	private final List<Patient> patients;

	private List<String> tokens = List.of();

	private Instant expiry = Instant.EPOCH;

	PatientTokens(KeycloakServer keycloak, List<Patient> patients) {
		this.keycloak = keycloak;
		this.patients = List.copyOf(patients);
	}

	/** Tokens, index-aligned with the patients, valid for at least {@code work}. */
	List<String> validFor(Duration work) {
		if (Instant.now().plus(work).plus(MARGIN).isAfter(this.expiry)) {
			this.tokens = Parallel.map(this.patients,
					(patient) -> this.keycloak.accessToken("careflow-web", patient.email(), patient.password()));
			this.expiry = this.tokens.stream().map(PatientTokens::expiry).min(Instant::compareTo).orElseThrow();
		}
		return this.tokens;
	}

	/** Writes tokens valid for {@code work}, one a line, for a wrk script. */
	Path writeValidFor(Duration work, Path file) {
		try {
			return Files.write(file, validFor(work));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The {@code exp} claim, read without checking the signature (we only schedule by
	 * it).
	 */
	static Instant expiry(String token) {
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		try {
			return Instant.ofEpochSecond(Api.JSON.readTree(payload).path("exp").asLong());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
