package org.careflow.testinfra;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.MountableFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.careflow.localstack.ClientSecrets;
import org.careflow.localstack.RealmFile;
import org.careflow.localstack.ReceivedMail;

/**
 * The official images, where a Docker engine is available (CI elsewhere, developers with
 * Docker). Same versions as docker-compose.yml. Ryuk removes them when the JVM exits.
 */
final class Containers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * One client for every mailbox poll: each new client would start its own selector
	 * thread.
	 */
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Containers() {
	}

	static KafkaEndpoint kafka() {
		KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
		kafka.start();
		return kafka::getBootstrapServers;
	}

	static MongoEndpoint mongo() {
		MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
		mongo.start();
		return mongo::getConnectionString;
	}

	static KeycloakEndpoint keycloak(SmtpEndpoint smtp) {
		// Keycloak's container reaches the SMTP server through the host's mapped port
		Testcontainers.exposeHostPorts(smtp.port());
		Map<String, String> secrets = ClientSecrets.generate(RealmFile.careflow().secretVariables().values());
		GenericContainer<?> keycloak = new GenericContainer<>("quay.io/keycloak/keycloak:26.7.3")
			.withCommand("start-dev", "--import-realm")
			.withCopyToContainer(MountableFile.forClasspathResource("keycloak/careflow-realm.json"),
					"/opt/keycloak/data/import/careflow-realm.json")
			.withEnv(secrets)
			.withEnv("CAREFLOW_SMTP_HOST", "host.testcontainers.internal")
			.withEnv("CAREFLOW_SMTP_PORT", String.valueOf(smtp.port()))
			.withExposedPorts(8080)
			.waitingFor(Wait.forHttp("/realms/careflow").forStatusCode(200))
			.withStartupTimeout(Duration.ofMinutes(3));
		keycloak.start();
		String baseUrl = "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080);
		Map<String, String> variables = RealmFile.careflow().secretVariables();
		return new KeycloakEndpoint() {

			@Override
			public String baseUrl() {
				return baseUrl;
			}

			@Override
			public String issuerUri() {
				// without a fixed hostname Keycloak names the host the token was asked
				// from
				return baseUrl + "/realms/careflow";
			}

			@Override
			public String clientSecret(String clientId) {
				return secrets.get(variables.get(clientId));
			}

		};
	}

	static SmtpEndpoint smtp() {
		GenericContainer<?> greenMail = new GenericContainer<>("greenmail/standalone:2.1.13")
			.withEnv("GREENMAIL_OPTS",
					"-Dgreenmail.setup.test.all -Dgreenmail.hostname=0.0.0.0 -Dgreenmail.auth.disabled")
			.withExposedPorts(3025, 8080)
			.waitingFor(Wait.forHttp("/api/service/readiness").forPort(8080).forStatusCode(200));
		greenMail.start();
		String api = "http://" + greenMail.getHost() + ":" + greenMail.getMappedPort(8080);
		return new SmtpEndpoint() {

			@Override
			public String host() {
				return greenMail.getHost();
			}

			@Override
			public int port() {
				return greenMail.getMappedPort(3025);
			}

			@Override
			public List<ReceivedMail> messagesTo(String address) {
				return inbox(api, address);
			}

		};
	}

	/** GreenMail's REST API: GET /api/user/{email}/messages/INBOX. */
	private static List<ReceivedMail> inbox(String api, String address) {
		URI uri = URI
			.create(api + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX");
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return List.of();
			}
			return JSON.readTree(response.body()).valueStream().map(message -> mail(address, message)).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("GreenMail API unreachable at " + api, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The raw message GreenMail returns, read as the embedded SMTP server reads it. */
	private static ReceivedMail mail(String address, JsonNode message) {
		byte[] raw = message.path("mimeMessage").asString("").getBytes(StandardCharsets.UTF_8);
		try {
			return ReceivedMail.of(address,
					new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)),
					Instant.now());
		}
		catch (MessagingException ex) {
			return new ReceivedMail(address, "", "(unreadable message: " + ex.getMessage() + ")", Instant.now(), "");
		}
	}

}
