package org.careflow.platform.web;

import org.careflow.platform.identity.AccountAlreadyExistsException;
import org.careflow.platform.identity.IdentityProviderUnavailableException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client is told when an account cannot be created. */
class CareFlowProblemHandlerTest {

	private final CareFlowProblemHandler problems = new CareFlowProblemHandler() {
	};

	@Test
	void keycloakDownIsServiceUnavailableWithRetryAfter() {
		ResponseEntity<ProblemDetail> response = this.problems
			.identityProviderDown(new IdentityProviderUnavailableException("refused", new RuntimeException()));

		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
		assertThat(response.getBody().getDetail()).contains("nothing was stored");
	}

	@Test
	void anEmailThatAlreadyHasALoginIsAConflict() {
		ProblemDetail problem = this.problems
			.accountAlreadyExists(new AccountAlreadyExistsException("ada@example.org"));

		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getTitle()).isEqualTo("Email already registered");
	}

}
