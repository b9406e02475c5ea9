package org.careflow.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Named;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A stand-in identity provider, so a test controls every claim: an RSA key, its public
 * JWK set served over real HTTP (the JDK's server), and tokens signed with it. With it, a
 * test shows that every way a token can be wrong ({@link #badTokens()}) is refused.
 */
public final class TestTokenIssuer {

	public static final String ISSUER = "https://id.careflow.test/realms/careflow";

	public static final String AUDIENCE = "careflow-api";

	private final RSAKey key;

	private final HttpServer server;

	private TestTokenIssuer(RSAKey key, HttpServer server) {
		this.key = key;
		this.server = server;
	}

	public static TestTokenIssuer start() {
		try {
			RSAKey key = newKey();
			byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/jwks", (exchange) -> answer(exchange, jwks));
			server.start();
			return new TestTokenIssuer(key, server);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Points the service (or gateway) under test at this issuer. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("careflow.security.issuer-uri", () -> ISSUER);
		registry.add("careflow.security.jwk-set-uri",
				() -> "http://127.0.0.1:" + this.server.getAddress().getPort() + "/jwks");
	}

	/** A token that must be accepted: right key, issuer and audience, not expired. */
	public String token(String subject) {
		return sign(claims(subject).build());
	}

	/** The claims of a valid token, to change one of them. */
	public static JWTClaimsSet.Builder claims(String subject) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(subject)
			.audience(AUDIENCE)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
	}

	public String sign(JWTClaimsSet claims) {
		return sign(claims, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				rsaSigner(this.key));
	}

	/**
	 * A token naming {@code subject}, under this issuer's key id, but signed by a key the
	 * gateway does not trust.
	 */
	public String forged(String subject) {
		return sign(claims(subject).build(),
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(), rsaSigner(newKey()));
	}

	/**
	 * Every way a token can be wrong, each by name: none, garbage, {@code alg: none}, a
	 * tampered payload, HS256 keyed with the public key, a foreign signing key, wrong
	 * issuer, wrong or missing audience, expired. Each must get 401.
	 */
	public Stream<Named<String>> badTokens() {
		Instant now = Instant.now();
		return Stream.of(Named.of("no token", null), Named.of("garbage", "not-a-token"),
				Named.of("alg none", new PlainJWT(claims("patient-1").build()).serialize()),
				Named.of("tampered payload",
						withPayloadOf(token("patient-1"), claims("admin-1").claim("realm_access", "admin").build())),
				Named.of("HS256 keyed with the public key (key confusion)", hmacWithThePublicKey()),
				Named.of("signed by a foreign RSA key", forged("patient-1")),
				Named.of("wrong issuer",
						sign(claims("patient-1").issuer("https://id.elsewhere.test/realms/careflow").build())),
				Named.of("wrong audience", sign(claims("patient-1").audience("some-other-api").build())),
				Named.of("no audience", sign(claims("patient-1").audience((String) null).build())),
				Named.of("expired",
						sign(claims("patient-1").issueTime(Date.from(now.minus(Duration.ofMinutes(30))))
							.expirationTime(Date.from(now.minus(Duration.ofMinutes(10))))
							.build())));
	}

	/** A genuine signature over other claims: the payload swapped after signing. */
	private static String withPayloadOf(String token, JWTClaimsSet claims) {
		String[] parts = token.split("\\.");
		String payload = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
		return parts[0] + "." + payload + "." + parts[2];
	}

	/**
	 * The classic key-confusion attack: a verifier that let the token choose its
	 * algorithm would check this HMAC with the (public) RSA key bytes as the secret.
	 */
	private String hmacWithThePublicKey() {
		try {
			byte[] publicKey = this.key.toRSAPublicKey().getEncoded();
			return sign(claims("patient-1").build(),
					new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(this.key.getKeyID()).build(),
					new MACSigner(publicKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public RSAKey key() {
		return this.key;
	}

	public static String sign(JWTClaimsSet claims, JWSHeader header, JWSSigner signer) {
		try {
			SignedJWT jwt = new SignedJWT(header, claims);
			jwt.sign(signer);
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("careflow-test-key").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JWSSigner rsaSigner(RSAKey key) {
		try {
			return new RSASSASigner(key);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void answer(HttpExchange exchange, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

}
