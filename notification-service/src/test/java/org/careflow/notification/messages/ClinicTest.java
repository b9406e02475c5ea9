package org.careflow.notification.messages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClinicTest {

	@Test
	void aClinicThatSaysNothingOfWhatToBringGetsTheUsualList() {
		assertThat(new Clinic("Parc", "", "  ").whatToBring()).isEqualTo(Clinic.DEFAULT_WHAT_TO_BRING);
		assertThat(new Clinic("Parc", null).whatToBring()).isEqualTo(Clinic.DEFAULT_WHAT_TO_BRING);
		assertThat(new Clinic("Parc", null, " your X-rays ").whatToBring()).isEqualTo("your X-rays");
	}

	@Test
	void whatToBringIsAtMostAThousandCharactersAndALongerOneStopsTheStartNamingTheVariable() {
		assertThat(new Clinic("Parc", "", "x".repeat(1000)).whatToBring()).hasSize(1000);
		assertThatIllegalArgumentException().isThrownBy(() -> new Clinic("Parc", "", "x".repeat(1001)))
			.withMessageContaining("CLINIC_WHAT_TO_BRING")
			.withMessageContaining("at most 1000 characters");
	}

	@Test
	void aClinicHasAName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Clinic(" ", "")).withMessageContaining("CLINIC_NAME");
	}

	@Test
	void aClinicThatNamesNoZoneIsOnUtcAndOneThatNamesAZoneKeepsIt() {
		assertThat(new Clinic("Parc", "").timeZone()).isEqualTo("UTC");
		assertThat(new Clinic("Parc", "", "", " ").timeZone()).isEqualTo("UTC");
		assertThat(new Clinic("Parc", "", "", "Europe/Paris").timeZone()).isEqualTo("Europe/Paris");
	}

	@Test
	void aZoneThatIsNoIanaRegionStopsTheStartNamingTheVariable() {
		for (String notARegion : new String[] { "Europe/Pariss", "+02:00", "CET+1" }) {
			assertThatIllegalArgumentException().as(notARegion)
				.isThrownBy(() -> new Clinic("Parc", "", "", notARegion))
				.withMessageContaining("CLINIC_TIME_ZONE")
				.withMessageContaining(notARegion);
		}
	}

}
