package org.careflow.scheduling.claims;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.careflow.scheduling.availability.Slot;
import org.careflow.testinfra.TestInfrastructure;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim store on the test MongoDB server. The sweep of expired holds runs every
 * minute, so it must find them through the marker's index, not by reading every claim:
 * mongo-java-server uses an index only when it is unique and a query names exactly its
 * fields, so the test records the filters the store sends.
 */
class ClaimStoreIT {

	static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	private final List<BsonDocument> filters = new CopyOnWriteArrayList<>();

	private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
		.applyConnectionString(new ConnectionString(TestInfrastructure.mongo().connectionString()))
		.addCommandListener(new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				// the command's buffer is reused once the listener returns: copy what is
				// kept
				BsonDocument command = event.getCommand();
				if (command.containsKey("filter")) {
					ClaimStoreIT.this.filters.add(command.getDocument("filter").clone());
				}
				if (command.containsKey("deletes")) {
					command.getArray("deletes")
						.forEach((delete) -> ClaimStoreIT.this.filters
							.add(delete.asDocument().getDocument("q").clone()));
				}
			}
		})
		.build());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "claims-it-" + UUID.randomUUID());

	private final ClaimStore store = new ClaimStore(this.mongo);

	@AfterEach
	void disconnect() {
		this.client.close();
	}

	@Test
	void theSweepDeletesExpiredHoldsOnlyAndLooksAtNothingButTheHolds() {
		this.store.afterPropertiesSet();
		SlotClaim expired = hold("09:00", NOW.minus(Duration.ofMinutes(10)));
		SlotClaim fresh = hold("09:30", NOW.minus(Duration.ofSeconds(30)));
		SlotClaim confirmed = hold("10:00", NOW.minus(Duration.ofMinutes(10)));
		this.store.confirm(new ClaimStore.Booked(confirmed.appointmentId(), "p-1", "d-1", confirmed.start(),
				confirmed.end(), "UTC"), NOW);
		this.filters.clear();

		assertThat(this.store.deleteExpired(NOW.minus(Duration.ofMinutes(5)), NOW)).isEqualTo(1);

		assertThat(List.copyOf(this.filters)).hasSize(2)
			.allSatisfy((filter) -> assertThat(filter.keySet()).containsExactly(ClaimDocument.TENTATIVE));
		assertThat(this.store.find(expired.key())).isEmpty();
		assertThat(this.store.find(fresh.key())).isPresent();
		assertThat(this.store.find(confirmed.key()))
			.hasValueSatisfying((claim) -> assertThat(claim.status()).isEqualTo(ClaimStatus.BUSY));
	}

	@Test
	void holdsStoredBeforeTheMarkerExistedAreMarkedAtStartAndSwept() {
		SlotClaim old = hold("11:00", NOW.minus(Duration.ofMinutes(10)));
		this.mongo.getCollection(ClaimDocument.COLLECTION)
			.updateOne(new org.bson.Document("_id", old.key()),
					new org.bson.Document("$unset", new org.bson.Document(ClaimDocument.TENTATIVE, "")));

		this.store.afterPropertiesSet();

		assertThat(this.store.deleteExpired(NOW, NOW)).isEqualTo(1);
		assertThat(this.store.find(old.key())).isEmpty();
	}

	@Test
	void aReleaseFreesTheSlotOfItsOwnAppointmentOnlyThroughAUniqueIndex() {
		this.store.afterPropertiesSet();
		SlotClaim held = hold("12:00", NOW);
		this.filters.clear();

		assertThat(this.store.release(held.key(), "someone-else")).isFalse();
		assertThat(this.store.release(held.key(), held.appointmentId())).isTrue();

		assertThat(List.copyOf(this.filters)).hasSize(2)
			.allSatisfy((filter) -> assertThat(filter.keySet()).containsExactlyInAnyOrder("_id", "appointmentId"));
		assertThat(this.store.find(held.key())).isEmpty();
		assertThat(this.mongo.indexOps(ClaimDocument.class).getIndexInfo())
			.anySatisfy((index) -> assertThat(index.getName()).isEqualTo("id_appointment"))
			.anySatisfy((index) -> assertThat(index.getName()).isEqualTo(ClaimDocument.TENTATIVE));
	}

	private SlotClaim hold(String time, Instant claimedAt) {
		Instant start = Instant.parse("2026-11-30T" + time + ":00Z");
		SlotClaim claim = new SlotClaim(Slot.keyOf("d-1", start), "d-1", start, start.plus(Duration.ofMinutes(30)),
				"UTC", UUID.randomUUID().toString(), ClaimStatus.BUSY_TENTATIVE, claimedAt, "p-1", null, null);
		this.store.insert(claim);
		return claim;
	}

}
