package org.careflow.events;

/**
 * Kafka topics. One topic per aggregate type, keyed by aggregate id, so order holds per
 * aggregate.
 */
public final class Topics {

	public static final String PATIENTS = "careflow.patients";

	public static final String DOCTORS = "careflow.doctors";

	public static final String APPOINTMENTS = "careflow.appointments";

	/** Changes to doctors' availability that other services must act on. */
	public static final String SCHEDULES = "careflow.schedules";

	/** Records a consumer could not handle after its retries land here, never dropped. */
	public static String deadLetterOf(String topic) {
		return topic + ".dlt";
	}

	private Topics() {
	}

}
