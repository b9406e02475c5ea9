package org.careflow.doctor.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.careflow.doctor.domain.DoctorChanges;
import org.careflow.platform.identity.AccountNotFoundException;
import org.careflow.platform.identity.KeycloakAccounts;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * The order of a deactivation: scheduling's yes first, then the login, then the record.
 */
class StaffDeactivationTest {

	private final StaffStore staff = mock();

	private final DoctorRetirement retirement = mock();

	private final KeycloakAccounts keycloak = mock();

	private final DoctorChanges doctors = mock();

	private final StaffDeactivation deactivation = new StaffDeactivation(this.staff, this.retirement, this.keycloak,
			this.doctors);

	private static StaffMember member(String id, StaffRequest request) {
		return StaffMember.enrol(id, request.member(), Instant.parse("2026-11-01T08:00:00Z"));
	}

	@Test
	void aDoctorIsRetiredAtSchedulingBeforeTheLoginIsDisabledAndTheRecordMarked() {
		given(this.staff.find("dr-1")).willReturn(Optional.of(member("dr-1", StaffTestData.doctor())));

		this.deactivation.deactivate("dr-1", true);

		InOrder order = inOrder(this.retirement, this.keycloak, this.doctors, this.staff);
		order.verify(this.retirement).retire("dr-1", true);
		order.verify(this.keycloak).disable("dr-1");
		order.verify(this.doctors).deactivate("dr-1");
		order.verify(this.staff).markInactive(any(), any());
	}

	@Test
	void aDoctorWithBookingsAheadKeepsTheirLoginAndRecord() {
		given(this.staff.find("dr-1")).willReturn(Optional.of(member("dr-1", StaffTestData.doctor())));
		willThrow(new BookingsAheadException(List.of(), 3)).given(this.retirement).retire("dr-1", false);

		assertThatThrownBy(() -> this.deactivation.deactivate("dr-1", false))
			.isInstanceOf(BookingsAheadException.class);
		then(this.keycloak).shouldHaveNoInteractions();
		then(this.staff).should(never()).markInactive(any(), any());
	}

	@Test
	void whileSchedulingIsDownNothingChanges() {
		given(this.staff.find("dr-1")).willReturn(Optional.of(member("dr-1", StaffTestData.doctor())));
		willThrow(new SchedulingUnavailableException("down", null)).given(this.retirement).retire("dr-1", true);

		assertThatThrownBy(() -> this.deactivation.deactivate("dr-1", true))
			.isInstanceOf(SchedulingUnavailableException.class);
		then(this.keycloak).shouldHaveNoInteractions();
		then(this.staff).should(never()).markInactive(any(), any());
	}

	@Test
	void aNurseIsNotAskedAboutAtScheduling() {
		given(this.staff.find("n-1")).willReturn(Optional.of(member("n-1", StaffTestData.nurse())));

		this.deactivation.deactivate("n-1", false);

		then(this.retirement).should(never()).retire(any(), anyBoolean());
		then(this.doctors).shouldHaveNoInteractions();
		then(this.keycloak).should().disable("n-1");
		then(this.staff).should().markInactive(any(), any());
	}

	@Test
	void aLoginThatIsGoneStillLeavesTheRecordInactive() {
		given(this.staff.find("n-1")).willReturn(Optional.of(member("n-1", StaffTestData.nurse())));
		willThrow(new AccountNotFoundException("n-1")).given(this.keycloak).disable("n-1");

		this.deactivation.deactivate("n-1", false);

		then(this.staff).should().markInactive(any(), any());
	}

	@Test
	void anUnknownIdIsNotFoundAndTouchesNothing() {
		given(this.staff.find("x")).willReturn(Optional.empty());

		assertThatThrownBy(() -> this.deactivation.deactivate("x", false)).isInstanceOf(StaffNotFoundException.class);
		then(this.keycloak).shouldHaveNoInteractions();
	}

}
