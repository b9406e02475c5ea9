package org.careflow.localstack.mongo;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BsonValueTypeTest {

	private final BsonValueType type = BsonValueType.INSTANCE;

	private static Document appointment() {
		return new Document("_id", "4f1c2b9e-0000-4000-8000-000000000001").append("version", 3L)
			.append("slots", 1)
			.append("fee", 12.5)
			.append("booked", true)
			.append("start", Instant.parse("2026-12-01T09:15:00Z"))
			.append("marker", new ObjectId())
			.append("patient", UUID.fromString("00000000-0000-4000-8000-000000000002"))
			.append("price", Decimal128.fromNumber(1))
			.append("blob", new BinData(new byte[] { 1, 2, 3 }))
			.append("cancelledAt", null)
			.append("tags", List.of("first-visit", 7))
			.append("doctor", new Document("id", "d-1").append("zone", "Europe/Paris"));
	}

	@Test
	void documentsAndKeysReadBackEqualToWhatWasWritten() {
		List<Object> values = List.of(appointment(), "a-1", 42, 42L, 4.2, new ObjectId(), Missing.getInstance(),
				new KeyValue("d-1", Instant.parse("2026-12-01T09:15:00Z")), new KeyValue((Object) null),
				MaxKey.getInstance(), MinKey.getInstance());
		for (Object value : values) {
			WriteBuffer buffer = new WriteBuffer();
			this.type.write(buffer, value);
			this.type.write(buffer, "after");

			ByteBuffer written = buffer.getBuffer().flip();
			assertThat(this.type.read(written)).isEqualTo(value);
			assertThat(this.type.read(written)).as("the next value starts where the first ended").isEqualTo("after");
			assertThat(written.hasRemaining()).isFalse();
		}
	}

	@Test
	void aWholePageReadsBackInOrder() {
		Object[] page = { "a-1", appointment(), new KeyValue(1.0, "x"), Missing.getInstance(), null };
		WriteBuffer buffer = new WriteBuffer();
		this.type.write(buffer, page, page.length);

		Object[] read = this.type.createStorage(page.length);
		this.type.read(buffer.getBuffer().flip(), read, page.length);
		assertThat(read).containsExactly(page);
	}

	@Test
	void ordersKeysAsMongoDbDoesAndCallsOnlyEqualKeysTheSame() {
		List<Object> keys = List.of(MinKey.getInstance(), 1.0, 2.0, 10L, "a", "b", "b-1", new Document("x", 1.0),
				new ObjectId("000000000000000000000001"), new ObjectId("000000000000000000000002"), false, true,
				Instant.EPOCH, MaxKey.getInstance());
		List<Object> shuffled = new ArrayList<>(keys);
		java.util.Collections.shuffle(shuffled, new java.util.Random(7));
		shuffled.sort(this.type);
		assertThat(shuffled).containsExactlyElementsOf(keys);

		List<Object> tricky = List.of(1, 1.0, 1L, Missing.getInstance(), "1", new KeyValue("a"), new KeyValue("a", 1.0),
				new KeyValue("a", 2.0), new KeyValue((Object) null));
		for (Object a : tricky) {
			for (Object b : tricky) {
				int ab = this.type.compare(a, b);
				assertThat(Integer.signum(ab)).as("%s vs %s", a, b).isEqualTo(-Integer.signum(this.type.compare(b, a)));
				assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
			}
		}
		assertThat(this.type.compare(null, Missing.getInstance())).isNotZero();
		assertThat(this.type.compare(new KeyValue("a", 1.0), new KeyValue("a", 2.0))).isNegative();
		assertThat(this.type.compare(new KeyValue("a"), new KeyValue("a", 1.0))).isNegative();
	}

	@Test
	void estimatesLargerDocumentsAsLarger() {
		Document small = new Document("_id", "a");
		assertThat(this.type.getMemory(appointment())).isGreaterThan(this.type.getMemory(small));
	}

}
