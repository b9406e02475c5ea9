package org.careflow.systemtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Twenty patients press "book" on the same slot at the same moment. */
class DoubleBookingRaceIT {

	private static final int PATIENTS = 20;

	@Test
	void exactlyOnePatientGetsTheSlotAndOnlyOneConfirmationIsSent() throws Exception {
		SystemStack stack = SystemStack.get();
		Clinic clinic = stack.clinic();
		Person doctor = clinic.doctorWithOpenHours("Dermatology");
		List<Person> patients = registerInParallel(clinic);
		String slot = clinic.slotTomorrow(doctor.id(), patients.get(0).token());

		List<Integer> statuses = bookAllAtOnce(stack.api(), patients, doctor.id(), slot);

		assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
		assertThat(statuses).filteredOn(status -> status == 409).hasSize(PATIENTS - 1);
		Api.Reply doctorsDay = stack.api().get("/api/appointments", doctor.token());
		assertThat(doctorsDay.body().valueStream().filter(a -> a.get("start").asString().equals(slot)))
			.as("appointments stored for the slot")
			.hasSize(1);
		List<String> emails = patients.stream().map(Person::email).toList();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> stack.countSubject(emails, "Your appointment is booked") >= 1);
		// a second confirmation, if there were one, would arrive within these seconds
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> stack.countSubject(emails, "Your appointment is booked") == 1);
	}

	private static List<Person> registerInParallel(Clinic clinic) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Person>> futures = IntStream.range(0, PATIENTS)
				.mapToObj(i -> pool.submit(clinic::registerPatient))
				.toList();
			List<Person> patients = new ArrayList<>();
			for (Future<Person> future : futures) {
				patients.add(future.get());
			}
			return patients;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<Integer> bookAllAtOnce(Api api, List<Person> patients, String doctorId, String slot)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(PATIENTS);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<Integer>> futures = patients.stream().map(patient -> pool.submit(() -> {
				go.await();
				return api.post("/api/appointments", patient.token(), Clinic.booking(doctorId, slot)).status();
			})).toList();
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
