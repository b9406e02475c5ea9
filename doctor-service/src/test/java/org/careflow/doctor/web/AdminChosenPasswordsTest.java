package org.careflow.doctor.web;

import org.careflow.doctor.domain.DoctorChanges;
import org.careflow.doctor.domain.DoctorRepository;
import org.careflow.doctor.registration.DoctorRegistration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/**
 * Outside the local stack an admin cannot choose a doctor's password: POST /api/doctors
 * is refused before any login is made ({@code DoctorServiceIT} runs with it on).
 */
class AdminChosenPasswordsTest {

	private final DoctorRegistration registration = mock();

	@Test
	void withAdminChosenPasswordsOffNoDoctorIsAddedWithAPassword() {
		DoctorController controller = new DoctorController(this.registration, mock(DoctorRepository.class),
				mock(DoctorChanges.class), false);
		NewDoctorRequest request = new NewDoctorRequest("g.house@example.org", "correct-horse-battery", "Gregory",
				"House", "Internal Medicine");

		assertThatThrownBy(() -> controller.add(request)).isInstanceOf(AdminChosenPasswordsOffException.class);
		then(this.registration).shouldHaveNoInteractions();
	}

}
