package org.careflow.events;

/**
 * Kafka topics. One topic per aggregate type, keyed by aggregate id, so order holds per
 * aggregate.
 */
public final class Topics {

	public static final String PATIENTS = "careflow.patients";

	public static final String DOCTORS = "careflow.doctors";

	/** Departments with their rooms and beds. Keyed by department id. */
	public static final String DEPARTMENTS = "careflow.departments";

	public static final String APPOINTMENTS = "careflow.appointments";

	/** Changes to doctors' availability that other services must act on. */
	public static final String SCHEDULES = "careflow.schedules";

	/** Prescriptions: written, filled, revoked. Keyed by prescription id. */
	public static final String PRESCRIPTIONS = "careflow.prescriptions";

	/** The rest of the clinical chart (records, allergies, vaccines, procedures). */
	public static final String CHART = "careflow.chart";

	/** Records a consumer could not handle after its retries land here, never dropped. */
	public static String deadLetterOf(String topic) {
		return topic + ".dlt";
	}

	private Topics() {
	}

}
