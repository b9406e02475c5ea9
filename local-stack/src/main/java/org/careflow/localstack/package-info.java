/**
 * Infrastructure for running CareFlow without Docker: an in-process Kafka broker, MongoDB
 * wire-protocol server and SMTP server, the real Keycloak server as a child process, and
 * the {@link org.careflow.localstack.LocalStack} launcher that starts them together with
 * the six services. Used by the run command, by integration tests and by the system
 * tests.
 */
package org.careflow.localstack;
