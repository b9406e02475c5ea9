package org.careflow.appointment.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.careflow.appointment.domain.AppointmentStatus;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.OutboxCollections;
import org.careflow.testinfra.TestInfrastructure;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The automatic no-show on the test MongoDB server: once the grace period after the start
 * has passed, a booked appointment nobody checked in becomes a no-show, once, even with
 * two replicas looking at the same minutes, and a look reads only the minutes due.
 */
class NoShowSweepIT {

	static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

	static final Duration GRACE = Duration.ofMinutes(15);

	private final List<MongoClient> clients = new ArrayList<>();

	private final List<String> appointmentCommands = new CopyOnWriteArrayList<>();

	private final String database = "noshow-it-" + UUID.randomUUID();

	private final MongoTemplate mongo = template();

	private final AppointmentStore store = storeOn(this.mongo);

	private final ArrivalDeadlines deadlines = new ArrivalDeadlines(this.mongo);

	@BeforeEach
	void indexes() {
		this.store.afterPropertiesSet();
	}

	@AfterEach
	void disconnect() {
		this.clients.forEach(MongoClient::close);
	}

	@Test
	void anAppointmentNobodyCheckedInBecomesANoShowOnceItsGracePeriodHasPassed() {
		Appointment appointment = book(START);

		assertThat(sweepAt(START.plus(GRACE).minusSeconds(1))).isZero();
		assertThat(stored(appointment).status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(sweepAt(START.plus(GRACE))).isEqualTo(1);
		assertThat(sweepAt(START.plus(GRACE).plusSeconds(60))).isZero();

		Appointment.Snapshot missed = stored(appointment).snapshot();
		assertThat(missed.status()).isEqualTo(AppointmentStatus.NOSHOW);
		assertThat(missed.history()).last().satisfies((step) -> {
			assertThat(step.by()).isEqualTo(Actor.CAREFLOW.id());
			assertThat(step.from()).isEqualTo(AppointmentStatus.BOOKED);
			assertThat(step.reason()).isEqualTo("not checked in within 15 minutes of the start");
		});
		assertThat(noShowEventsOf(appointment)).isEqualTo(1);
	}

	@Test
	void aPatientCheckedInOrCancelledIsNoNoShow() {
		Appointment arrived = book(START);
		Appointment cancelled = book(START.plusSeconds(1800));
		Appointment stillBooked = book(START.plusSeconds(3600));
		change(arrived, (appointment) -> appointment.checkIn(new Actor("nurse-1", Set.of("nurse")), Duration.ofHours(1),
				START.minusSeconds(600)));
		change(cancelled, (appointment) -> appointment.cancel(new Actor("patient-1", Set.of("patient")), null,
				START.minusSeconds(86_400)));

		assertThat(sweepAt(START.plus(Duration.ofHours(2)))).isEqualTo(1);

		assertThat(stored(arrived).status()).isEqualTo(AppointmentStatus.ARRIVED);
		assertThat(stored(cancelled).status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(stored(stillBooked).status()).isEqualTo(AppointmentStatus.NOSHOW);
	}

	@Test
	void twoReplicasLookingAtTheSameMinutesMarkEachAppointmentOnce() throws Exception {
		List<Appointment> due = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			due.add(book(START.plusSeconds(60L * i)));
		}
		Instant now = START.plus(Duration.ofHours(1));
		// two replicas: each its own connection, store and sweep, released at the same
		// moment
		List<NoShowSweep> replicas = List.of(sweep(template(), now), sweep(template(), now));
		CyclicBarrier together = new CyclicBarrier(replicas.size());
		ExecutorService threads = Executors.newFixedThreadPool(replicas.size());
		List<Future<Integer>> looks = new ArrayList<>();
		for (NoShowSweep replica : replicas) {
			looks.add(threads.submit(() -> {
				together.await();
				return replica.sweep();
			}));
		}
		int marked = 0;
		for (Future<Integer> look : looks) {
			marked += look.get();
		}
		threads.shutdown();

		assertThat(marked).isEqualTo(due.size());
		for (Appointment appointment : due) {
			assertThat(stored(appointment).status()).isEqualTo(AppointmentStatus.NOSHOW);
			assertThat(noShowEventsOf(appointment)).as(appointment.id()).isEqualTo(1);
		}
	}

	@Test
	void aLookReadsTheMinutesDueAndNotTheAppointmentsStored() {
		for (int i = 0; i < 200; i++) {
			book(START.plus(Duration.ofDays(1 + i % 30)).plusSeconds(60L * i));
		}
		Appointment due = book(START);
		this.appointmentCommands.clear();

		assertThat(sweepAt(START.plus(GRACE))).isEqualTo(1);

		// the due appointment read by _id and updated; no query that reads the other 200
		// (the local server answers only _id and unique-key matches from an index)
		assertThat(this.appointmentCommands).containsExactly("find [_id]", "update");
		assertThat(stored(due).status()).isEqualTo(AppointmentStatus.NOSHOW);
	}

	private int sweepAt(Instant now) {
		return sweep(this.mongo, now).sweep();
	}

	private NoShowSweep sweep(MongoTemplate template, Instant now) {
		return new NoShowSweep(new ArrivalDeadlines(template), storeOn(template),
				new AppointmentAudit(mock(AuditTrail.class)),
				new LifecycleProperties(Duration.ofHours(1), GRACE, Duration.ofSeconds(30)),
				Clock.fixed(now, ZoneOffset.UTC));
	}

	/** Booked as {@link Bookings} books: stored, then its deadline noted. */
	private Appointment book(Instant start) {
		String id = UUID.randomUUID().toString();
		Appointment appointment = Appointment.book(id, "patient-1",
				new BookedSlot("doctor-1", start, start.plusSeconds(1800), "UTC"), null,
				start.minus(Duration.ofDays(2)));
		this.store.insert(appointment);
		this.deadlines.add(id, appointment.arrivalDeadline(GRACE));
		return appointment;
	}

	private void change(Appointment appointment, java.util.function.Consumer<Appointment> change) {
		Appointment current = stored(appointment);
		change.accept(current);
		this.store.update(current);
	}

	private Appointment stored(Appointment appointment) {
		return this.store.find(appointment.id()).orElseThrow();
	}

	private long noShowEventsOf(Appointment appointment) {
		Document stored = this.mongo.findById(appointment.id(), Document.class, "appointments");
		return stored.getList("pendingEvents", Document.class, List.of())
			.stream()
			.filter((event) -> "appointment.noshow".equals(event.getString("type")))
			.count();
	}

	private static AppointmentStore storeOn(MongoTemplate template) {
		return new AppointmentStore(template,
				new Outbox(null, OutboxCollections.of("appointments"), Duration.ofSeconds(1)));
	}

	private MongoTemplate template() {
		MongoClient client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(TestInfrastructure.mongo().connectionString()))
			.addCommandListener(new CommandListener() {
				@Override
				public void commandStarted(CommandStartedEvent event) {
					var target = event.getCommand().get(event.getCommandName());
					if (target != null && target.isString() && target.asString().getValue().equals("appointments")) {
						var filter = event.getCommand().get("filter");
						NoShowSweepIT.this.appointmentCommands
							.add(event.getCommandName() + ((filter != null) ? " " + filter.asDocument().keySet() : ""));
					}
				}
			})
			.build());
		this.clients.add(client);
		return new MongoTemplate(client, this.database);
	}

}
