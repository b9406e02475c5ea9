package org.careflow.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.careflow.platform.identity.AccountAlreadyExistsException;
import org.careflow.platform.identity.IdentityProviderUnavailableException;
import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client is told when its input is unreadable or an account cannot be created. */
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

	@Test
	void aValueOfTheWrongFormIsNamedSoTheClientKnowsWhatToFix() {
		HttpMessageNotReadableException unreadable = unreadable("{\"doctorId\":\"d-1\",\"start\":\"tomorrow\"}");

		ResponseEntity<Object> response = this.problems.handleHttpMessageNotReadable(unreadable, new HttpHeaders(),
				HttpStatus.BAD_REQUEST, null);

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		ProblemDetail problem = (ProblemDetail) response.getBody();
		assertThat(problem.getDetail()).isEqualTo("Invalid fields: start");
	}

	@Test
	void bodyThatIsNotJsonAtAllGetsAGeneral400() {
		ResponseEntity<Object> response = this.problems.handleHttpMessageNotReadable(unreadable("not json"),
				new HttpHeaders(), HttpStatus.BAD_REQUEST, null);

		assertThat(((ProblemDetail) response.getBody()).getDetail()).contains("not valid JSON");
	}

	private static HttpMessageNotReadableException unreadable(String body) {
		try {
			JsonMapper.builder().build().readValue(body, Booking.class);
			throw new IllegalStateException("expected " + body + " to be unreadable");
		}
		catch (JacksonException ex) {
			return new HttpMessageNotReadableException("unreadable", ex,
					new MockHttpInputMessage(body.getBytes(StandardCharsets.UTF_8)));
		}
	}

	record Booking(String doctorId, Instant start) {
	}

}
