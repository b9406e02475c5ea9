package org.careflow.platform.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is calling: their id (the token subject, which is also their patient or doctor id)
 * and their realm roles.
 */
public record Caller(String id, Set<String> roles) {

	public static Caller of(Authentication authentication) {
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.collect(Collectors.toUnmodifiableSet());
		return new Caller(authentication.getName(), roles);
	}

	public boolean is(String role) {
		return this.roles.contains(role);
	}

}
