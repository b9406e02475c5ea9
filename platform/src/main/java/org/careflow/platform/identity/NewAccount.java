package org.careflow.platform.identity;

/** A login to create, with the one realm role it gets. */
public record NewAccount(String email, String password, String firstName, String lastName, String realmRole) {
}
