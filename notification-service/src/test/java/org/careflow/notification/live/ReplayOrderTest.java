package org.careflow.notification.live;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayOrderTest {

	@Test
	void partitionsAreMergedByRecordTimeTiesByPartition() {
		List<ReadRecord> zero = List.of(record(0, 10, 100), record(0, 11, 300));
		List<ReadRecord> one = List.of(record(1, 5, 100), record(1, 6, 200), record(1, 7, 400));
		List<ReadRecord> two = List.of();

		assertThat(ReplayOrder.merge(List.of(one, two, zero))).extracting(ReplayOrderTest::label)
			.containsExactly("0@10", "1@5", "1@6", "0@11", "1@7");
	}

	@Test
	void aPartitionKeepsItsOrderEvenWhenItsRecordTimeGoesBack() {
		List<ReadRecord> zero = List.of(record(0, 1, 500), record(0, 2, 100));
		List<ReadRecord> one = List.of(record(1, 1, 300));

		assertThat(ReplayOrder.merge(List.of(zero, one))).extracting(ReplayOrderTest::label)
			.containsExactly("1@1", "0@1", "0@2");
	}

	private static ReadRecord record(int partition, long offset, long timestamp) {
		return new ReadRecord(partition, offset, timestamp, null);
	}

	private static String label(ReadRecord record) {
		return record.partition() + "@" + record.offset();
	}

}
