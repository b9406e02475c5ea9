package org.careflow.appointment.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.OutboxCollections;
import org.careflow.testinfra.TestInfrastructure;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient's list of upcoming appointments, on the test MongoDB server: the limit on
 * upcoming appointments is checked with every booking, so the check must read the
 * patient's list only, whatever the number of appointments stored.
 */
class UpcomingAppointmentsIT {

	static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	private final List<String> commands = new CopyOnWriteArrayList<>();

	private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
		.applyConnectionString(new ConnectionString(TestInfrastructure.mongo().connectionString()))
		.addCommandListener(new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				String collection = event.getCommand().get(event.getCommandName()).isString()
						? event.getCommand().getString(event.getCommandName()).getValue() : "";
				UpcomingAppointmentsIT.this.commands.add(event.getCommandName() + " " + collection);
			}
		})
		.build());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "upcoming-it-" + UUID.randomUUID());

	private final AppointmentStore store = new AppointmentStore(this.mongo,
			new Outbox(null, OutboxCollections.of("appointments"), Duration.ofSeconds(1)));

	@BeforeEach
	void indexes() {
		this.store.afterPropertiesSet();
	}

	@AfterEach
	void disconnect() {
		this.client.close();
	}

	@Test
	void bookingsCountUntilTheyStartOrAreCancelledAndCountingReadsTheListAlone() {
		Appointment tomorrow = book("patient-1", NOW.plus(Duration.ofDays(1)));
		Appointment inAnHour = book("patient-1", NOW.plus(Duration.ofHours(1)));
		Appointment nextWeek = book("patient-1", NOW.plus(Duration.ofDays(7)));
		book("patient-2", NOW.plus(Duration.ofDays(1)));
		assertThat(this.store.upcoming("patient-1", NOW)).hasSize(3);

		Appointment stored = this.store.find(tomorrow.id()).orElseThrow();
		stored.cancel(new Actor("patient-1", Set.of("patient")), "Feeling better", NOW);
		this.store.update(stored);
		this.commands.clear();

		assertThat(this.store.upcoming("patient-1", NOW.plus(Duration.ofHours(2)))).as("one cancelled, one begun")
			.hasSize(1);
		assertThat(this.commands).containsExactly("find " + AppointmentStore.UPCOMING,
				"update " + AppointmentStore.UPCOMING);
		assertThat(listed("patient-1")).as("the past entry is dropped").containsExactly(nextWeek.id());
		assertThat(inAnHour.id()).isNotIn(listed("patient-1"));
	}

	@Test
	void aPatientWhoseAppointmentsWereStoredBeforeTheListIsCountedFromThemOnce() {
		book("patient-3", NOW.plus(Duration.ofDays(1)));
		book("patient-3", NOW.plus(Duration.ofDays(2)));
		book("patient-3", NOW.minus(Duration.ofDays(2)));
		this.mongo.remove(new Query(Criteria.where("_id").is("patient-3")), AppointmentStore.UPCOMING);

		assertThat(this.store.upcoming("patient-3", NOW)).hasSize(2);
		this.commands.clear();
		assertThat(this.store.upcoming("patient-3", NOW)).hasSize(2);

		assertThat(this.commands).containsExactly("find " + AppointmentStore.UPCOMING);
	}

	private Appointment book(String patientId, Instant start) {
		BookedSlot slot = new BookedSlot("doctor-of-" + patientId, start, start.plus(Duration.ofMinutes(30)), "UTC");
		Appointment appointment = Appointment.book(UUID.randomUUID().toString(), patientId, slot, null,
				NOW.minus(Duration.ofDays(3)));
		this.store.insert(appointment);
		return appointment;
	}

	private List<String> listed(String patientId) {
		Document list = this.mongo.findById(patientId, Document.class, AppointmentStore.UPCOMING);
		return list.getList("appointments", Document.class).stream().map((entry) -> entry.getString("id")).toList();
	}

}
