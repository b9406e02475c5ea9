package org.careflow.notification.live;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StreamPositionTest {

	private static final StreamPosition POSITION = StreamPosition.of(Map.of(2, 7L, 0, 15L, 1, 40L));

	@Test
	void anIdListsEachPartitionsNextOffsetByPartitionAndReadsBackAsItself() {
		assertThat(POSITION.encode()).isEqualTo("0-15.1-40.2-7");
		assertThat(StreamPosition.parse("0-15.1-40.2-7")).contains(POSITION);
		assertThat(StreamPosition.parse("2-7.0-15.1-40")).contains(POSITION);
		assertThat(StreamPosition.parse("0-9223372036854775807"))
			.contains(StreamPosition.of(Map.of(0, Long.MAX_VALUE)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "garbage", "0-15.", ".0-15", "0-15..1-2", "0-15.0-16", "-1-5", "0--5", "0-+5", "0-1e3",
			"0-15;1-40", "0-15 ", " 0-15", "0_15", "0-99999999999999999999", "0-9223372036854775808", "1234567-1",
			"0-15.1-40.2-7\n" })
	void anythingElseIsNoPosition(String id) {
		assertThat(StreamPosition.parse(id)).isEmpty();
	}

	@Test
	void noIdIsNoPosition() {
		assertThat(StreamPosition.parse(null)).isEmpty();
	}

	@Test
	void anIdLongerThanTwoHundredCharactersIsNotReadEvenIfWellFormed() {
		StringBuilder id = new StringBuilder("0-1");
		for (int partition = 1; id.length() <= StreamPosition.MAX_LENGTH; partition++) {
			id.append('.').append(partition).append("-1000000");
		}
		assertThat(id.length()).isGreaterThan(StreamPosition.MAX_LENGTH);
		assertThat(StreamPosition.parse(id.toString())).isEmpty();
		assertThat(StreamPosition.parse(id.substring(0, id.lastIndexOf(".")))).isPresent();
	}

	@Test
	void readingARecordMovesItsPartitionPastIt() {
		assertThat(POSITION.after(1, 40).encode()).isEqualTo("0-15.1-41.2-7");
		assertThat(POSITION.after(2, 99).encode()).isEqualTo("0-15.1-40.2-100");
		assertThat(POSITION.encode()).isEqualTo("0-15.1-40.2-7");
	}

	@Test
	void atLeastAFloorNeverGoesBackOnAnyPartition() {
		StreamPosition floor = StreamPosition.of(Map.of(0, 20L, 1, 10L, 2, 7L));

		assertThat(POSITION.atLeast(floor).encode()).isEqualTo("0-20.1-40.2-7");
	}

	@Test
	void theRecordsUntilALaterPositionAreCountedWhereItIsBehind() {
		StreamPosition later = StreamPosition.of(Map.of(0, 20L, 1, 40L, 2, 5L));

		assertThat(POSITION.recordsUntil(later)).isEqualTo(5);
		assertThat(later.recordsUntil(POSITION)).isEqualTo(2);
		assertThat(POSITION.recordsUntil(POSITION)).isZero();
	}

}
