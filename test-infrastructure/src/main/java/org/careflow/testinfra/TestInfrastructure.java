package org.careflow.testinfra;

import org.testcontainers.DockerClientFactory;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one entry point integration tests use for real infrastructure: "a Kafka, a MongoDB,
 * a Keycloak, an SMTP server". Where a Docker engine answers, these are containers of the
 * official images; otherwise the embedded servers of the local stack (a real KRaft
 * broker, mongo-java-server, GreenMail, the Keycloak server distribution). Each part
 * starts on first use, once per test JVM, and stops when the JVM exits. Tests never know
 * which mode ran.
 */
public final class TestInfrastructure {

	private static final boolean DOCKER = dockerAvailable();

	private static KafkaEndpoint kafka;

	private static MongoEndpoint mongo;

	private static KeycloakEndpoint keycloak;

	private static SmtpEndpoint smtp;

	private TestInfrastructure() {
	}

	public static synchronized KafkaEndpoint kafka() {
		if (kafka == null) {
			kafka = DOCKER ? Containers.kafka() : Embedded.kafka();
		}
		return kafka;
	}

	public static synchronized MongoEndpoint mongo() {
		if (mongo == null) {
			mongo = DOCKER ? Containers.mongo() : Embedded.mongo();
		}
		return mongo;
	}

	public static synchronized KeycloakEndpoint keycloak() {
		if (keycloak == null) {
			// Keycloak sends its own emails (e-mail verification) to the test SMTP server
			keycloak = DOCKER ? Containers.keycloak(smtp()) : Embedded.keycloak(smtp());
		}
		return keycloak;
	}

	public static synchronized SmtpEndpoint smtp() {
		if (smtp == null) {
			smtp = DOCKER ? Containers.smtp() : Embedded.smtp();
		}
		return smtp;
	}

	/**
	 * Points a service under test at MongoDB (the given database), Kafka and Keycloak
	 * (token checks and account management). Each part starts only when the context first
	 * asks.
	 */
	public static void register(DynamicPropertyRegistry registry, String database) {
		// a free port, so tests never clash with a developer's running stack
		registry.add("management.server.port", () -> "0");
		registry.add("spring.mongodb.uri", () -> mongo().uri(database));
		registry.add("spring.kafka.bootstrap-servers", () -> kafka().bootstrapServers());
		registry.add("careflow.security.issuer-uri", () -> keycloak().issuerUri());
		registry.add("careflow.security.jwk-set-uri", () -> keycloak().jwkSetUri());
		registry.add("careflow.identity.server-url", () -> keycloak().baseUrl());
	}

	/**
	 * Lets the service sign in to Keycloak as the realm's confidential client
	 * {@code clientId} (account management, its own service tokens).
	 */
	public static void registerClient(DynamicPropertyRegistry registry, String clientId) {
		registry.add("careflow.identity.client-id", () -> clientId);
		registry.add("careflow.identity.client-secret", () -> keycloak().clientSecret(clientId));
	}

	/** The key tests sign action links with ({@code careflow.links.signing-key}). */
	public static final String LINK_SIGNING_KEY = "tests-only-link-signing-key-0123456789";

	/** Gives the service the tests' action-link key ({@link #LINK_SIGNING_KEY}). */
	public static void registerLinkSigning(DynamicPropertyRegistry registry) {
		registry.add("careflow.links.signing-key", () -> LINK_SIGNING_KEY);
	}

	/** Points the service's mail sender at the SMTP server. */
	public static void registerSmtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp().host());
		registry.add("spring.mail.port", () -> smtp().port());
	}

	public static boolean dockerMode() {
		return DOCKER;
	}

	private static boolean dockerAvailable() {
		if ("embedded".equals(System.getenv("CAREFLOW_TEST_INFRA"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
