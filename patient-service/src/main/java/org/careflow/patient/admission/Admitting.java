package org.careflow.patient.admission;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.careflow.events.PatientAdmitted;
import org.careflow.events.PatientDischarged;
import org.careflow.events.Topics;
import org.careflow.patient.departments.Department;
import org.careflow.patient.departments.Departments;
import org.careflow.platform.outbox.PendingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Admitting and discharging, in two single-document writes that need no transaction: the
 * bed is claimed first (the store lets one claim of a bed succeed), then the admission is
 * stored with its {@code patient.admitted} event (the store lets a patient have one
 * current admission); if that second write fails, the claim is undone. A discharge moves
 * the bed to housekeeping first, then ends the admission with its
 * {@code patient.discharged} event — so a discharge that failed half-way can simply be
 * tried again.
 */
@Service
class Admitting {

	private static final Logger log = LoggerFactory.getLogger(Admitting.class);

	private final Departments departments;

	private final BedOccupancies beds;

	private final Admissions admissions;

	private final Clock clock;

	Admitting(Departments departments, BedOccupancies beds, Admissions admissions, Clock clock) {
		this.departments = departments;
		this.beds = beds;
		this.admissions = admissions;
		this.clock = clock;
	}

	/**
	 * @throws UnknownPlaceException if the copy has no such department, room or bed
	 * @throws AdmissionConflictException if the patient is admitted already, or the bed
	 * is not free
	 */
	Admission admit(String patientId, BedPlace place, String by) {
		BedCheck.requireBed(department(place.departmentId()), place.room(), place.bed());
		if (this.admissions.current(patientId).isPresent()) {
			throw alreadyAdmitted();
		}
		Instant now = this.clock.instant();
		Admission admission = Admission.admit(UUID.randomUUID().toString(), patientId, place, by, now);
		this.beds.occupy(BedOccupancy.occupied(place, patientId, admission.id(), now));
		try {
			this.admissions.insert(admission, PendingEvent.of(Topics.PATIENTS,
					PatientAdmitted.of(patientId, admission.id(), place.departmentId(), place.room(), place.bed())));
			return admission;
		}
		catch (DuplicateKeyException racedForThePatient) {
			undo(place, admission.id());
			throw alreadyAdmitted();
		}
		catch (RuntimeException failed) {
			undo(place, admission.id());
			throw failed;
		}
	}

	/**
	 * @throws AdmissionConflictException if the patient is not admitted (or was
	 * discharged meanwhile)
	 */
	Admission discharge(String patientId, String by) {
		Admission current = this.admissions.current(patientId)
			.orElseThrow(() -> new AdmissionConflictException("The patient is not admitted."));
		Admission ended = current.discharge(by, this.clock.instant());
		this.beds.toHousekeeping(ended.place(), ended.id(), ended.dischargedAt());
		boolean stored = this.admissions.discharge(ended, PendingEvent.of(Topics.PATIENTS,
				PatientDischarged.of(patientId, ended.id(), ended.departmentId(), ended.room(), ended.bed())));
		if (!stored) {
			throw new AdmissionConflictException("The patient was discharged meanwhile.");
		}
		return ended;
	}

	/**
	 * @throws UnknownPlaceException if the copy has no such room or bed in the department
	 * @throws DepartmentNotFoundException if the copy has no such department
	 * @throws AdmissionConflictException if a patient lies in the bed
	 */
	void markReady(String departmentId, String room, String bed) {
		Department department = this.departments.find(departmentId)
			.orElseThrow(() -> new DepartmentNotFoundException(departmentId));
		BedCheck.requireBed(department, room, bed);
		this.beds.markReady(new BedPlace(departmentId, room, bed));
	}

	private Department department(String departmentId) {
		return this.departments.find(departmentId)
			.orElseThrow(() -> new UnknownPlaceException("departmentId",
					"is not a department of the clinic (as doctor-service last announced them)"));
	}

	private void undo(BedPlace place, String admissionId) {
		try {
			this.beds.release(place, admissionId);
		}
		catch (RuntimeException ex) {
			// the bed stays shown occupied by an admission that does not exist: staff see
			// it
			log.error("Bed {} could not be freed after admission {} failed; mark it by hand", place.key(), admissionId,
					ex);
		}
	}

	private static AdmissionConflictException alreadyAdmitted() {
		return new AdmissionConflictException("The patient is admitted already; discharge them first.");
	}

}
