package org.careflow.patient.web;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.careflow.platform.identity.IdentityProviderUnavailableException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client is told when a dependency is down: 503 and when to come back. */
class PatientProblemsTest {

	private final PatientProblems problems = new PatientProblems();

	@Test
	void keycloakDownIsServiceUnavailableWithRetryAfter() {
		ResponseEntity<ProblemDetail> response = this.problems
			.identityProviderDown(new IdentityProviderUnavailableException("refused", new RuntimeException()));

		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
		assertThat(response.getBody().getDetail()).contains("nothing was stored");
	}

	@Test
	void anOpenCircuitBreakerIsServiceUnavailableToo() {
		CircuitBreaker breaker = CircuitBreaker.ofDefaults("keycloak");
		breaker.transitionToOpenState();

		ResponseEntity<ProblemDetail> response = this.problems
			.identityProviderDown(CallNotPermittedException.createCallNotPermittedException(breaker));

		assertThat(response.getStatusCode().value()).isEqualTo(503);
	}

}
