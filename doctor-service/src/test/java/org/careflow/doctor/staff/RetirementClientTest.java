package org.careflow.doctor.staff;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one remote call of staff deactivation, against a small local HTTP server standing
 * in for scheduling's {@code POST /internal/doctors/{id}/retirement}: what each answer
 * becomes. (The circuit breaker and retry around it are Spring's aspects, configured in
 * application.yml; {@code DoctorServiceIT} sees a refused connection become a 503.)
 */
class RetirementClientTest {

	private HttpServer scheduling;

	/** What the stub answers next: status and body. */
	private volatile int status = 204;

	private volatile String body = "";

	private volatile Duration delay = Duration.ZERO;

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private final List<String> tokens = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startScheduling() throws IOException {
		this.scheduling = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.scheduling.createContext("/", this::answer);
		this.scheduling.start();
	}

	@AfterEach
	void stopScheduling() {
		this.scheduling.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		this.calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
		this.tokens.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
		try {
			Thread.sleep(this.delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		byte[] bytes = this.body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
		exchange.sendResponseHeaders(this.status, (this.status == 204 || bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0 && this.status != 204) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	private RetirementClient client(int port) {
		SchedulingProperties properties = new SchedulingProperties("http://127.0.0.1:" + port, Duration.ofMillis(500),
				Duration.ofMillis(300));
		return new RetirementClient(RestClient.builder(), properties, (request, body, execution) -> {
			request.getHeaders().setBearerAuth("service-token");
			return execution.execute(request, body);
		});
	}

	private RetirementClient client() {
		return client(this.scheduling.getAddress().getPort());
	}

	@Test
	void aDoctorWithoutBookingsAheadIsRetiredWithThisServicesOwnToken() {
		client().retire("dr-1", false);

		assertThat(this.calls).containsExactly("POST /internal/doctors/dr-1/retirement?force=false");
		assertThat(this.tokens).containsExactly("Bearer service-token");
	}

	@Test
	void forceIsPassedOn() {
		client().retire("dr-1", true);

		assertThat(this.calls).containsExactly("POST /internal/doctors/dr-1/retirement?force=true");
	}

	@Test
	void bookingsAheadComeBackWithTheirIdsStartsAndTotal() {
		this.status = 409;
		this.body = """
				{"title":"Bookings ahead","appointments":[{"id":"ap-1","start":"2027-01-04T09:00:00Z"},
				{"id":"ap-2","start":"not a time"},{"start":"2027-01-05T09:00:00Z"}],"total":42}""";

		assertThatThrownBy(() -> client().retire("dr-1", false)).isInstanceOfSatisfying(BookingsAheadException.class,
				(ex) -> {
					assertThat(ex.appointments()).containsExactly(
							new BookingsAheadException.BookingAhead("ap-1", Instant.parse("2027-01-04T09:00:00Z")));
					assertThat(ex.total()).isEqualTo(42);
				});
	}

	@Test
	void aLongListOfBookingsIsCutToAHundred() {
		List<String> appointments = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			appointments.add("{\"id\":\"ap-" + i + "\",\"start\":\"2027-01-04T09:00:00Z\"}");
		}
		this.status = 409;
		this.body = "{\"appointments\":[" + String.join(",", appointments) + "],\"total\":150}";

		assertThatThrownBy(() -> client().retire("dr-1", false)).isInstanceOfSatisfying(BookingsAheadException.class,
				(ex) -> {
					assertThat(ex.appointments()).hasSize(RetirementClient.MAX_RELAYED);
					assertThat(ex.total()).isEqualTo(150);
				});
	}

	@Test
	void tooManyBookingsToWithdrawIsTheAdminsAnswer() {
		this.status = 422;
		this.body = "{\"title\":\"Too many\"}";

		assertThatThrownBy(() -> client().retire("dr-1", true)).isInstanceOf(TooManyBookingsException.class);
	}

	@Test
	void aServerErrorIsSchedulingFailing() {
		this.status = 503;

		assertThatThrownBy(() -> client().retire("dr-1", false)).isInstanceOf(SchedulingServerError.class);
		assertThatThrownBy(() -> new DoctorRetirement(client()).retire("dr-1", false))
			.isInstanceOf(SchedulingUnavailableException.class);
	}

	@Test
	void aRefusedTokenIsNeitherTheAdminsAnswerNorRetriedButStillA503() {
		this.status = 403;

		assertThatThrownBy(() -> client().retire("dr-1", false))
			.isInstanceOf(RetirementClient.SchedulingRefusedException.class);
		assertThatThrownBy(() -> new DoctorRetirement(client()).retire("dr-1", false))
			.isInstanceOf(SchedulingUnavailableException.class);
	}

	@Test
	void noAnswerWithinTheReadTimeoutIsSchedulingFailing() {
		this.delay = Duration.ofSeconds(2);

		assertThatThrownBy(() -> client().retire("dr-1", false)).isInstanceOf(ResourceAccessException.class);
	}

	@Test
	void aRefusedConnectionIsSchedulingDown() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}

		assertThatThrownBy(() -> client(closedPort).retire("dr-1", false)).isInstanceOf(ResourceAccessException.class);
		assertThatThrownBy(() -> new DoctorRetirement(client(closedPort)).retire("dr-1", false))
			.isInstanceOf(SchedulingUnavailableException.class);
	}

}
