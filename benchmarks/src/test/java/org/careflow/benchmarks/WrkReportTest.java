package org.careflow.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WrkReportTest {

	private static final String OUTPUT = """
			Running 20s test @ http://127.0.0.1:28080
			  2 threads and 16 connections
			  Thread Stats   Avg      Stdev     Max   +/- Stdev
			    Latency    88.10ms   30.12ms 405.20ms   71.00%
			  1667 requests in 20.02s, 1.21MB read
			  Non-2xx or 3xx responses: 4
			Requests/sec:     83.27
			Transfer/sec:     61.90KB
			CAREFLOW_WRK requests=1667 duration_us=20020000 p50_us=81200 p99_us=405000 max_us=405200 \
			statuses=201:1663,409:3,503:1 connect=0 read=1 write=0 timeout=2 slots_used=1680 slots_exhausted=0
			""";

	@Test
	void readsTheReportLineAmongWrksOwnSummary() {
		WrkReport report = WrkReport.parse(OUTPUT);

		assertThat(report.requests()).isEqualTo(1667);
		assertThat(report.requestsPerSecond()).isCloseTo(83.27, org.assertj.core.data.Offset.offset(0.01));
		assertThat(report.p50Micros()).isEqualTo(81_200);
		assertThat(report.p99Micros()).isEqualTo(405_000);
		assertThat(report.maxMicros()).isEqualTo(405_200);
		assertThat(report.count(201)).isEqualTo(1663);
		assertThat(report.slotsUsed()).isEqualTo(1680);
		assertThat(report.slotsExhausted()).isFalse();
	}

	@Test
	void summarisesErrorsByStatusThenSocketErrors() {
		WrkReport report = WrkReport.parse(OUTPUT);

		assertThat(report.errorStatuses()).containsOnlyKeys(409, 503);
		assertThat(report.socketErrors()).isEqualTo(3);
		assertThat(report.errorSummary()).isEqualTo("409:3 503:1 socket:3");
	}

	@Test
	void aRunWithoutAnyAnswerHasNoStatuses() {
		WrkReport report = WrkReport.parse("CAREFLOW_WRK requests=0 duration_us=5000000 p50_us=0 p99_us=0 max_us=0 "
				+ "statuses=- connect=16 read=0 write=0 timeout=0 slots_used=0 slots_exhausted=0");

		assertThat(report.statuses()).isEmpty();
		assertThat(report.requestsPerSecond()).isZero();
		assertThat(report.errorSummary()).isEqualTo("socket:16");
	}

	@Test
	void outputWithoutTheReportLineIsRefusedWithTheOutput() {
		assertThatIllegalArgumentException().isThrownBy(() -> WrkReport.parse("unable to connect to 127.0.0.1:28080"))
			.withMessageContaining("unable to connect");
	}

}
