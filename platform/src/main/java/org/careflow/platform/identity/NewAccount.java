package org.careflow.platform.identity;

/**
 * A login to create, with the one realm role it gets.
 *
 * @param emailVerified true when someone trusted vouches for the address (an admin adding
 * staff); false sends Keycloak's verification email and leaves the address unverified
 * until its owner follows the link
 */
public record NewAccount(String email, String password, String firstName, String lastName, String realmRole,
		boolean emailVerified) {
}
