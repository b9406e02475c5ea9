package org.careflow.platform.identity;

import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.client.ClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Account management for services that have the Keycloak admin client on their classpath.
 */
@AutoConfiguration
@ConditionalOnClass(Keycloak.class)
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityAutoConfiguration {

	/** Short timeouts: a registration should fail fast with 503 rather than hang. */
	@Bean(destroyMethod = "close")
	Keycloak keycloakAdminClient(IdentityProperties properties) {
		return KeycloakBuilder.builder()
			.serverUrl(properties.serverUrl())
			.realm(properties.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.resteasyClient(ClientBuilder.newBuilder()
				.connectTimeout(2, TimeUnit.SECONDS)
				.readTimeout(5, TimeUnit.SECONDS)
				.build())
			.build();
	}

	@Bean
	KeycloakAccounts keycloakAccounts(Keycloak keycloak, IdentityProperties properties) {
		return new KeycloakAccounts(keycloak, properties.realm());
	}

	@Bean
	AccountRegistration accountRegistration(KeycloakAccounts accounts) {
		return new AccountRegistration(accounts);
	}

}
