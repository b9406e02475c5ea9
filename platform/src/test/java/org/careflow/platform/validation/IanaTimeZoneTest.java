package org.careflow.platform.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IanaTimeZoneTest {

	private final IanaTimeZone.Validator zones = new IanaTimeZone.Validator();

	@ParameterizedTest
	@ValueSource(strings = { "Europe/Paris", "Europe/London", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "UTC" })
	void regionNamesAreAccepted(String zone) {
		assertThat(this.zones.isValid(zone, null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "+02:00", "GMT+2", "europe/paris", "Mars/Olympus_Mons", "", " Europe/Paris",
			"Europe/Paris\u0000" })
	void offsetsMadeUpAndMistypedZonesAreRefused(String zone) {
		assertThat(this.zones.isValid(zone, null)).isFalse();
	}

	@Test
	void noZoneIsValidAndAnAbsurdlyLongOneIsRefusedWithoutALookup() {
		assertThat(this.zones.isValid(null, null)).isTrue();
		assertThat(this.zones.isValid("Europe/" + "x".repeat(100_000), null)).isFalse();
	}

}
