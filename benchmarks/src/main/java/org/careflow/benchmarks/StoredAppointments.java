package org.careflow.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

/**
 * Past appointments written straight into appointment-service's database, for the idle
 * workload: booking a hundred thousand through the API would take longer than the whole
 * bench. Each document is shaped as appointment-service stores one
 * ({@code AppointmentDocument}): booked in the past (its slot key still set) or cancelled
 * (no slot key), with its history, and no {@code pendingEvents}: every event was
 * published long ago.
 */
final class StoredAppointments {

	static final String DATABASE = "careflow-appointments";

	static final String COLLECTION = "appointments";

	private static final int BATCH = 1000;

	private StoredAppointments() {
	}

	/** Inserts {@code count} appointments of these doctors and patients, before today. */
	static void insert(String mongoConnectionString, List<Doctor> doctors, List<Patient> patients, int count) {
		Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
		try (MongoClient client = MongoClients.create(mongoConnectionString)) {
			MongoCollection<Document> appointments = client.getDatabase(DATABASE).getCollection(COLLECTION);
			List<Document> batch = new ArrayList<>(BATCH);
			for (int i = 0; i < count; i++) {
				batch.add(appointment(i, doctors, patients, today));
				if (batch.size() == BATCH || i == count - 1) {
					appointments.insertMany(batch, new InsertManyOptions().ordered(false));
					batch.clear();
				}
			}
		}
	}

	/**
	 * The {@code i}-th: slots of the doctors going back from yesterday, one doctor after
	 * another, so no two booked ones share a slot (the unique slot-key index); three in
	 * ten cancelled.
	 */
	static Document appointment(int i, List<Doctor> doctors, List<Patient> patients, Instant today) {
		long perDoctor = i / doctors.size();
		Instant start = today.minus(1 + perDoctor / SlotPool.SLOTS_PER_DAY, ChronoUnit.DAYS)
			.plus((perDoctor % SlotPool.SLOTS_PER_DAY) * SlotPool.SLOT_MINUTES, ChronoUnit.MINUTES);
		String doctorId = doctors.get(i % doctors.size()).id();
		String patientId = patients.get(i % patients.size()).id();
		boolean cancelled = i % 10 < 3;
		Instant bookedAt = start.minus(7, ChronoUnit.DAYS);
		List<Document> history = new ArrayList<>();
		history.add(change("BOOKED", bookedAt, patientId));
		Document appointment = new Document("_id", UUID.randomUUID().toString()).append("patientId", patientId)
			.append("doctorId", doctorId)
			.append("start", Date.from(start))
			.append("end", Date.from(start.plus(SlotPool.SLOT_MINUTES, ChronoUnit.MINUTES)))
			.append("timeZone", "UTC")
			.append("reason", "Benchmark filler")
			.append("status", cancelled ? "CANCELLED" : "BOOKED");
		if (cancelled) {
			history.add(change("CANCELLED", start.minus(1, ChronoUnit.DAYS), patientId));
			appointment.append("cancellationReason", "Benchmark filler");
		}
		appointment.append("history", history);
		if (!cancelled) {
			appointment.append("slotKey", doctorId + "|" + start);
		}
		return appointment.append("version", cancelled ? 1L : 0L)
			.append("_class", "org.careflow.appointment.booking.AppointmentDocument");
	}

	private static Document change(String status, Instant at, String by) {
		return new Document("status", status).append("at", Date.from(at)).append("by", by);
	}

}
