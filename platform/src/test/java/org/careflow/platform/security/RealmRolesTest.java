package org.careflow.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class RealmRolesTest {

	private final RealmRoles roles = new RealmRoles();

	@Test
	void keycloakRealmRolesBecomeSpringRoles() {
		Jwt jwt = token(Map.of("realm_access", Map.of("roles", List.of("patient", "offline_access"))));

		assertThat(this.roles.convert(jwt)).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_patient", "ROLE_offline_access");
	}

	@Test
	void aTokenWithoutRealmRolesGrantsNoRole() {
		assertThat(this.roles.convert(token(Map.of("scope", "openid")))).isEmpty();
		assertThat(this.roles.convert(token(Map.of("realm_access", Map.of())))).isEmpty();
	}

	private static Jwt token(Map<String, Object> claims) {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("00000000-0000-4000-8000-000000000006")
			.claims(all -> all.putAll(claims))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();
	}

}
