package org.careflow.localstack;

/**
 * Every port the local stack uses; 0 means "a free port". {@link #offsetBy(int)} lets a
 * second stack (the system tests) run beside a developer's own.
 */
public record LocalStackPorts(int gateway, int patientService, int doctorService, int schedulingService,
		int appointmentService, int notificationService, int keycloak, int keycloakManagement, int kafka,
		int kafkaController, int mongo, int smtp, int mailbox) {

	/**
	 * gateway 8080, services 8081-8085, Keycloak 8180 (health 9180), Kafka 9092
	 * (controller 9093), MongoDB 27017, SMTP 3025, mailbox 8025.
	 */
	public static LocalStackPorts defaults() {
		return new LocalStackPorts(8080, 8081, 8082, 8083, 8084, 8085, 8180, 9180, 9092, 9093, 27017, 3025, 8025);
	}

	/** Free ports everywhere. */
	public static LocalStackPorts random() {
		return new LocalStackPorts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	/**
	 * Every non-zero port plus {@code offset}: defaults().offsetBy(10000) gives 18080,
	 * 18180, 19092...
	 */
	public LocalStackPorts offsetBy(int offset) {
		return new LocalStackPorts(shift(this.gateway, offset), shift(this.patientService, offset),
				shift(this.doctorService, offset), shift(this.schedulingService, offset),
				shift(this.appointmentService, offset), shift(this.notificationService, offset),
				shift(this.keycloak, offset), shift(this.keycloakManagement, offset), shift(this.kafka, offset),
				shift(this.kafkaController, offset), shift(this.mongo, offset), shift(this.smtp, offset),
				shift(this.mailbox, offset));
	}

	/** The port of a service module, e.g. {@code servicePort("gateway")}. */
	public int servicePort(String module) {
		return switch (module) {
			case "gateway" -> this.gateway;
			case "patient-service" -> this.patientService;
			case "doctor-service" -> this.doctorService;
			case "scheduling-service" -> this.schedulingService;
			case "appointment-service" -> this.appointmentService;
			case "notification-service" -> this.notificationService;
			default -> throw new IllegalArgumentException("Unknown service module: " + module);
		};
	}

	/**
	 * The management (actuator) port of a service module: its API port + 1000, e.g. 9084
	 * for appointment-service (a free port when the API port is chosen freely).
	 */
	public int managementPort(String module) {
		int api = servicePort(module);
		return (api != 0) ? api + 1000 : 0;
	}

	/** The same ports with every 0 replaced by a port that is free now. */
	LocalStackPorts resolved() {
		return new LocalStackPorts(Ports.orFree(this.gateway), Ports.orFree(this.patientService),
				Ports.orFree(this.doctorService), Ports.orFree(this.schedulingService),
				Ports.orFree(this.appointmentService), Ports.orFree(this.notificationService),
				Ports.orFree(this.keycloak), Ports.orFree(this.keycloakManagement), Ports.orFree(this.kafka),
				Ports.orFree(this.kafkaController), Ports.orFree(this.mongo), Ports.orFree(this.smtp),
				Ports.orFree(this.mailbox));
	}

	private static int shift(int port, int offset) {
		return (port != 0) ? port + offset : 0;
	}

}
