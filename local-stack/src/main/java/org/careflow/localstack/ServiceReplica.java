package org.careflow.localstack;

/**
 * One more JVM of a service beside the stack's own, as an operator scaling it out would
 * run one: its own ports, the stack's databases, broker and Keycloak. Nothing restarts it
 * when it dies — a test that kills it decides what comes next.
 */
public final class ServiceReplica {

	private final ServiceProcess process;

	ServiceReplica(ServiceProcess process) {
		this.process = process;
	}

	/** Its API, e.g. to send it a request directly. */
	public String url() {
		return "http://127.0.0.1:" + this.process.port();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** How it ended, e.g. "exited with code 137". */
	public String exitDescription() {
		return this.process.exitDescription();
	}

	/** SIGTERM (a graceful shutdown), SIGKILL after 20 s. */
	public void stop() {
		this.process.stop();
	}

	ServiceProcess process() {
		return this.process;
	}

}
