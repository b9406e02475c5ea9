package org.careflow.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.careflow.platform.security.Caller;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Audit entries are written in batches, and none is lost on the way. */
class AuditWriterIT {

	private final MongoClient client = MongoClients.create(TestInfrastructure.mongo().connectionString());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "audit-it-" + UUID.randomUUID());

	private final AuditWriter writer = new AuditWriter(this.mongo);

	private final AuditTrail trail = new AuditTrail(this.mongo, this.writer, Clock.systemUTC(), () -> "trace-1",
			"test-service");

	@AfterEach
	void close() {
		if (this.writer.isRunning()) {
			this.writer.stop();
		}
		this.client.close();
	}

	@Test
	void entriesRecordedByManyRequestsAtOnceAreAllWrittenAndFoundByPatient() throws Exception {
		this.trail.createIndexes();
		this.writer.start();
		ExecutorService requests = Executors.newFixedThreadPool(8);
		for (int i = 0; i < 2_000; i++) {
			String patient = "patient-" + (i % 10);
			requests.submit(() -> this.trail.record(new Caller("doctor-1", Set.of("doctor")), "read", "appointment",
					UUID.randomUUID().toString(), patient, AuditOutcome.SUCCESS));
		}
		requests.shutdown();
		assertThat(requests.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.mongo.getCollection(AuditDocument.COLLECTION).countDocuments())
				.isEqualTo(2_000));
		AuditQuery patientThree = new AuditQuery("patient-3", Instant.now().minus(Duration.ofHours(1)),
				Instant.now().plus(Duration.ofHours(1)), 1_000);
		assertThat(this.trail.find(patientThree)).hasSize(200)
			.allSatisfy(entry -> assertThat(entry.traceId()).isEqualTo("trace-1"));
	}

	@Test
	void stoppingTheServiceWritesWhatIsQueued() {
		for (int i = 0; i < 500; i++) {
			// queued before the writer runs, as requests in flight at shutdown would be
			this.trail.record(new Caller("nurse-1", Set.of("nurse")), "read", "patient", "p-" + i, "p-" + i,
					AuditOutcome.SUCCESS);
		}

		this.writer.start();
		this.writer.stop();

		assertThat(this.mongo.getCollection(AuditDocument.COLLECTION).countDocuments()).isEqualTo(500);
	}

}
