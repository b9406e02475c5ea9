package org.careflow.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every protection a load from one machine would trip is handled openly: raised through
 * its documented variable and printed, or kept and worked around (and printed).
 */
final class Knobs {

	static final int PATIENTS = 64;

	static final int DOCTORS = 16;

	static final int APPOINTMENTS_PER_PATIENT = 2;

	static final String REGISTRATIONS_PER_HOUR = "100000";

	static final String REGISTRATION_BURST = "1000";

	static final String MAX_UPCOMING_PER_PATIENT = "1000000";

	static final int PORT_OFFSET = 20000;

	private Knobs() {
	}

	/** What the services get on top of the run command's environment. */
	static Map<String, String> environment() {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("RATE_LIMIT_REGISTRATION_PER_HOUR", REGISTRATIONS_PER_HOUR);
		environment.put("RATE_LIMIT_REGISTRATION_BURST", REGISTRATION_BURST);
		environment.put("BOOKING_MAX_UPCOMING_PER_PATIENT", MAX_UPCOMING_PER_PATIENT);
		return environment;
	}

	static List<Knob> all() {
		return List.of(
				new Knob("gateway",
						"RATE_LIMIT_REGISTRATION_PER_HOUR=" + REGISTRATIONS_PER_HOUR + " RATE_LIMIT_REGISTRATION_BURST="
								+ REGISTRATION_BURST,
						"default 10/10 per address; the bench registers " + PATIENTS + " patients from one address"),
				new Knob("gateway", "RATE_LIMIT_USER_PER_SECOND=50 RATE_LIMIT_USER_BURST=100 (defaults, kept)",
						"the load is spread over " + PATIENTS + " patients' tokens: up to " + PATIENTS * 50
								+ " req/s in all before any one patient is limited"),
				new Knob("appointment-service", "BOOKING_MAX_UPCOMING_PER_PATIENT=" + MAX_UPCOMING_PER_PATIENT,
						"default 5; the write workloads book thousands of slots for " + PATIENTS + " patients"),
				new Knob("bench", DOCTORS + " doctors, open every day 00:00-23:45 UTC, 15-minute slots",
						"each booking takes a slot never asked for before"),
				new Knob("stack",
						"ports +" + PORT_OFFSET + ", a temporary work dir (deleted after the run), no demo data",
						"never clashes with a developer's stack, starts from nothing (Keycloak imports the realm);"
								+ " the demo admin of the realm file adds the doctors"));
	}

}
