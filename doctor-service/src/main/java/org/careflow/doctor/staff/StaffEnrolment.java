package org.careflow.doctor.staff;

import java.time.Instant;

import org.careflow.doctor.departments.KnownDepartments;
import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.registration.DoctorRegistration;
import org.careflow.doctor.registration.EmailAlreadyRegisteredException;
import org.careflow.platform.identity.AccountAlreadyExistsException;
import org.careflow.platform.identity.AccountRegistration;

import org.springframework.stereotype.Service;

/**
 * Adds a staff member: a Keycloak login with exactly their role and no password (Keycloak
 * emails them a link to choose one), their staff record and, for a doctor, their doctor
 * profile (the doctor registration's own way, with its {@code doctor.registered} event).
 * All of it exists, or none: a failed insert deletes the login again.
 */
@Service
class StaffEnrolment {

	private final StaffStore staff;

	private final KnownDepartments departments;

	private final AccountRegistration accounts;

	private final DoctorRegistration doctors;

	private final StaffProperties properties;

	StaffEnrolment(StaffStore staff, KnownDepartments departments, AccountRegistration accounts,
			DoctorRegistration doctors, StaffProperties properties) {
		this.staff = staff;
		this.departments = departments;
		this.accounts = accounts;
		this.doctors = doctors;
		this.properties = properties;
	}

	/**
	 * @throws InvalidStaffException if the fields break a rule between them
	 * @throws org.careflow.doctor.departments.UnknownDepartmentException if there is no
	 * such department
	 * @throws EmailAlreadyRegisteredException if a staff member or any login has the
	 * email
	 * @throws org.careflow.platform.identity.IdentityProviderUnavailableException if
	 * Keycloak cannot be used or cannot send the email
	 */
	StaffMember enrol(NewStaffMember member) {
		if (!member.violations().isEmpty()) {
			throw new InvalidStaffException(member.violations());
		}
		this.departments.require(member.departmentId());
		if (this.staff.existsByEmail(member.email())) {
			throw new EmailAlreadyRegisteredException(member.email());
		}
		Instant now = Instant.now();
		if (member.role() == StaffRole.DOCTOR) {
			Doctor doctor = this.doctors.invite(member.doctorDetails(), member.departmentId(),
					this.properties.setPasswordLinkLifespan(), new DoctorRegistration.AlongsideRecord() {
						@Override
						public void insert(String doctorId) {
							StaffEnrolment.this.staff.insert(StaffMember.enrol(doctorId, member, now));
						}

						@Override
						public void remove(String doctorId) {
							StaffEnrolment.this.staff.delete(doctorId);
						}
					});
			return StaffMember.enrol(doctor.id(), member, now);
		}
		try {
			return this.accounts.registerInvited(member.account(), this.properties.setPasswordLinkLifespan(),
					(id) -> this.staff.insert(StaffMember.enrol(id, member, now)));
		}
		catch (AccountAlreadyExistsException ex) {
			throw new EmailAlreadyRegisteredException(member.email());
		}
	}

}
