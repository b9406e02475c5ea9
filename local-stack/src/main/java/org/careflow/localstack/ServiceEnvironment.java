package org.careflow.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The environment variables each service reads (the table in the shared brief). */
final class ServiceEnvironment {

	/**
	 * The developer stack's key for emails' links (notification-service signs them;
	 * appointment-service checks the appointment links, patient-service the welcome
	 * email's); a real deployment sets its own {@code LINK_SIGNING_KEY}.
	 */
	static final String LOCAL_LINK_SIGNING_KEY = "local-stack-only-link-signing-key-not-a-secret";

	private static final Map<String, String> DATABASES = Map.of("patient-service", "careflow-patients",
			"doctor-service", "careflow-doctors", "scheduling-service", "careflow-scheduling", "appointment-service",
			"careflow-appointments", "notification-service", "careflow-notifications");

	private final LocalStackPorts ports;

	private final String kafkaBootstrapServers;

	private final String mongoConnectionString;

	private final int smtpPort;

	private final boolean demoData;

	private final Map<String, String> clientSecrets;

	private final Map<String, String> overrides;

	private final Path workDir;

	/**
	 * @param clientSecrets the secret of each confidential client of the realm, by client
	 * id; a service whose module name is a client id signs in to Keycloak as that client
	 * @param workDir where the stack keeps what must outlive a start (patient-service's
	 * data keys)
	 */
	ServiceEnvironment(LocalStackPorts ports, String kafkaBootstrapServers, String mongoConnectionString, int smtpPort,
			boolean demoData, Map<String, String> clientSecrets, Map<String, String> overrides, Path workDir) {
		this.ports = ports;
		this.kafkaBootstrapServers = kafkaBootstrapServers;
		this.mongoConnectionString = mongoConnectionString;
		this.smtpPort = smtpPort;
		this.demoData = demoData;
		this.clientSecrets = Map.copyOf(clientSecrets);
		this.overrides = overrides;
		this.workDir = workDir;
	}

	Map<String, String> of(String module) {
		String keycloakUrl = "http://localhost:" + this.ports.keycloak();
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SERVER_PORT", String.valueOf(this.ports.servicePort(module)));
		// glibc gives each JIT and GC thread its own 64 MB malloc arena: two are plenty
		env.put("MALLOC_ARENA_MAX", "2");
		env.put("MANAGEMENT_PORT", String.valueOf(this.ports.managementPort(module)));
		// a developer's stack is reachable from this machine only
		env.put("SERVER_ADDRESS", "127.0.0.1");
		env.put("MANAGEMENT_ADDRESS", "127.0.0.1");
		env.put("KAFKA_BOOTSTRAP_SERVERS", this.kafkaBootstrapServers);
		env.put("KEYCLOAK_URL", keycloakUrl);
		env.put("KEYCLOAK_ISSUER_URI", keycloakUrl + "/realms/careflow");
		env.put("JWT_AUDIENCE", "careflow-api");
		env.put("CAREFLOW_DEMO_DATA", String.valueOf(this.demoData));
		if (DATABASES.containsKey(module)) {
			env.put("MONGODB_URI", this.mongoConnectionString + "/" + DATABASES.get(module));
		}
		if (this.clientSecrets.containsKey(module)) {
			env.put("KEYCLOAK_CLIENT_ID", module);
			env.put("KEYCLOAK_CLIENT_SECRET", this.clientSecrets.get(module));
		}
		switch (module) {
			case "notification-service" -> {
				env.put("SMTP_HOST", "127.0.0.1");
				env.put("SMTP_PORT", String.valueOf(this.smtpPort));
				// emails' action links land on the gateway
				env.put("PUBLIC_URL", url("gateway"));
				env.put("LINK_SIGNING_KEY", LOCAL_LINK_SIGNING_KEY);
				// the demo doctors' zone: dates that belong to no appointment (a
				// prescription's validity) are shown in it
				env.put("CLINIC_TIME_ZONE", "Europe/Paris");
				// webhooks to a receiver on this machine (an integrator trying it out)
				env.put("WEBHOOKS_ALLOW_LOOPBACK", "true");
			}
			case "doctor-service" -> {
				// deactivating a doctor retires them at scheduling first
				env.put("SCHEDULING_SERVICE_URL", url("scheduling-service"));
				// removing a department asks who lies in or belongs to it
				env.put("PATIENT_SERVICE_URL", url("patient-service"));
				// the demo stack adds doctors with a password the admin picks (system
				// tests and
				// benchmarks sign in as them); elsewhere staff choose their own
				env.put("CAREFLOW_ADMIN_CHOSEN_PASSWORDS", "true");
			}
			case "appointment-service" -> {
				env.put("SCHEDULING_SERVICE_URL", url("scheduling-service"));
				env.put("LINK_SIGNING_KEY", LOCAL_LINK_SIGNING_KEY);
			}
			case "patient-service" -> {
				// patients' audit trail: patient-service merges appointment-service's
				// into
				// its own
				env.put("APPOINTMENT_SERVICE_URL", url("appointment-service"));
				// a patient's export asks appointment- and notification-service for their
				// parts
				env.put("NOTIFICATION_SERVICE_URL", url("notification-service"));
				env.put("LINK_SIGNING_KEY", LOCAL_LINK_SIGNING_KEY);
				// printed documents' QR codes point at the gateway's /verify/{token}
				env.put("PUBLIC_URL", url("gateway"));
				// personal data is sealed at rest: the service makes its keys on first
				// start
				// and keeps them beside the data (lose the file and kept profiles cannot
				// be
				// read)
				env.put("PATIENT_DATA_KEYS_FILE", this.workDir.resolve("patient-data-keys.properties").toString());
				env.put("PATIENT_DATA_CREATE_KEYS", "true");
			}
			case "gateway" -> {
				env.put("PATIENT_SERVICE_URL", url("patient-service"));
				env.put("DOCTOR_SERVICE_URL", url("doctor-service"));
				env.put("SCHEDULING_SERVICE_URL", url("scheduling-service"));
				env.put("APPOINTMENT_SERVICE_URL", url("appointment-service"));
				env.put("NOTIFICATION_SERVICE_URL", url("notification-service"));
			}
			default -> {
			}
		}
		env.putAll(this.overrides);
		return env;
	}

	private String url(String module) {
		return "http://127.0.0.1:" + this.ports.servicePort(module);
	}

}
