package org.careflow.doctor.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.careflow.events.Topics;
import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.platform.outbox.PendingEvents;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Changes doctors in MongoDB. Each change is one conditional write on the version it was
 * based on, which moves the version on and appends the {@code doctor.updated} event the
 * change raises (if any), so the change is never stored without its event. Only the
 * fields a change may touch are written: the pending events, which the outbox relay
 * removes concurrently, are only ever appended to.
 */
@Component
public class DoctorChanges {

	/** A change not based on a version the caller read is tried again this often. */
	static final int ATTEMPTS = 5;

	private static final List<String> CHANGEABLE = List.of("firstName", "lastName", "specialty", "licenseNumber",
			Doctor.DEPARTMENT_ID, "profile", "deactivatedAt", Doctor.VERSION);

	private final MongoTemplate mongo;

	private final ObjectProvider<Outbox> outbox;

	DoctorChanges(MongoTemplate mongo, ObjectProvider<Outbox> outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/** A doctor before and after a change. */
	public record Changed(Doctor before, Doctor after) {
	}

	public Optional<Doctor> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Doctor.class));
	}

	/**
	 * Applies {@code change} to the doctor if they are still at {@code readVersion}, the
	 * version the editor read.
	 * @return the doctor as stored now
	 * @throws StaleDoctorException if the doctor changed since
	 * @throws DoctorNotFoundException if there is no such doctor
	 */
	public Doctor change(String id, long readVersion, UnaryOperator<Doctor> change) {
		Doctor current = find(id).orElseThrow(() -> new DoctorNotFoundException(id));
		if (current.version() != readVersion) {
			throw new StaleDoctorException(id, current.version());
		}
		return write(current, change.apply(current)).orElseThrow(() -> new StaleDoctorException(id,
				find(id).orElseThrow(() -> new DoctorNotFoundException(id)).version()));
	}

	/**
	 * Applies {@code change} to the doctor as they are now, reading them again if another
	 * change came in between (for changes whose caller read no version, such as an
	 * admin's putting a doctor in a department).
	 * @throws DoctorNotFoundException if there is no such doctor
	 * @throws OptimisticLockingFailureException if the doctor kept changing (409)
	 */
	public Changed change(String id, UnaryOperator<Doctor> change) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Doctor current = find(id).orElseThrow(() -> new DoctorNotFoundException(id));
			Optional<Doctor> written = write(current, change.apply(current));
			if (written.isPresent()) {
				return new Changed(current, written.get());
			}
		}
		throw new OptimisticLockingFailureException("Doctor " + id + " kept changing");
	}

	/**
	 * Deactivates the doctor (for the account's deactivation): {@code active} becomes
	 * false and {@code doctor.updated} with {@code active: false} is published, in one
	 * write. A doctor already deactivated stays as they are, with no new event.
	 * @return the doctor as stored now
	 * @throws DoctorNotFoundException if there is no such doctor
	 */
	public Doctor deactivate(String id) {
		return change(id, (doctor) -> doctor.deactivated(Instant.now())).after();
	}

	/**
	 * @return the stored doctor, or empty if the doctor is no longer at the version of
	 * {@code current}; nothing is written if {@code next} changes nothing
	 */
	private Optional<Doctor> write(Doctor current, Doctor next) {
		if (next.equals(current)) {
			return Optional.of(current);
		}
		Doctor stored = next.withVersion(current.version() + 1);
		List<PendingEvent> events = next.updatedSince(current)
			.map((event) -> PendingEvent.of(Topics.DOCTORS, event))
			.stream()
			.toList();
		Update update = PendingEvents.append(contentOf(stored), events);
		boolean written = this.mongo.updateFirst(atVersion(current.id(), current.version()), update, Doctor.class)
			.getMatchedCount() == 1;
		if (written && !events.isEmpty()) {
			this.outbox.ifAvailable(Outbox::nudge);
		}
		return written ? Optional.of(stored) : Optional.empty();
	}

	private Update contentOf(Doctor doctor) {
		org.bson.Document content = new org.bson.Document();
		this.mongo.getConverter().write(doctor, content);
		Update update = new Update();
		for (String field : CHANGEABLE) {
			if (content.get(field) != null) {
				update.set(field, content.get(field));
			}
			else {
				update.unset(field);
			}
		}
		return update;
	}

	/** Version 0 is also a doctor stored before versions existed (no field). */
	private static Query atVersion(String id, long version) {
		Criteria byId = Criteria.where("_id").is(id);
		Criteria atVersion = (version == 0)
				? byId.orOperator(Criteria.where(Doctor.VERSION).is(0L), Criteria.where(Doctor.VERSION).exists(false))
				: byId.and(Doctor.VERSION).is(version);
		return new Query(atVersion);
	}

}
