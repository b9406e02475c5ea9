package org.careflow.platform.identity;

/**
 * A login to create, with the one realm role it gets.
 *
 * @param password the password, or null for an account whose owner chooses their own from
 * an emailed link ({@link KeycloakAccounts#createInvited})
 * @param emailVerified true when someone trusted vouches for the address (an admin adding
 * staff); false leaves the address unverified until its owner follows the verification
 * link the registering service sends (Keycloak sends no email of its own)
 */
public record NewAccount(String email, String password, String firstName, String lastName, String realmRole,
		boolean emailVerified) {
}
