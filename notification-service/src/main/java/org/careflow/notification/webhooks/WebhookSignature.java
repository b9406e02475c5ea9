package org.careflow.notification.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code CareFlow-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}
 * over {@code "<t>.<body>"} with the subscription's secret. Signing the time with the
 * body lets a receiver refuse a replayed request (an old {@code t}); the receiver
 * compares in constant time.
 */
final class WebhookSignature {

	static final String HEADER = "CareFlow-Signature";

	private WebhookSignature() {
	}

	static String header(String secret, long unixSeconds, String body) {
		return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
	}

	static String hmac(String secret, String signed) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
