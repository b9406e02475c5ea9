/**
 * Every service's OpenAPI document (springdoc, at {@code /v3/api-docs}): the problem
 * responses, the Keycloak sign-in and which operations need it, stated once for all five
 * services.
 */
package org.careflow.platform.openapi;
