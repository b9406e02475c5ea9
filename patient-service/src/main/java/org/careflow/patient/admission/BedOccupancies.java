package org.careflow.patient.admission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.careflow.patient.departments.Department;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The beds that are not free ({@value #COLLECTION}), one document per bed keyed by the
 * bed: occupying a bed is an insert, which the store accepts once however many admissions
 * race for it. A bed in housekeeping keeps its document, so nobody is admitted to it
 * until staff mark it ready (which removes the document).
 */
@Repository
class BedOccupancies implements InitializingBean {

	static final String COLLECTION = "bed_occupancy";

	/**
	 * Beyond what a department may have (4,000 beds), for beds removed while occupied.
	 */
	private static final int MAX_PER_DEPARTMENT = 2 * Department.MAX_ROOMS * Department.MAX_BEDS_PER_ROOM;

	private final MongoTemplate mongo;

	BedOccupancies(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		// the bed board reads a department's beds at once
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("departmentId", Direction.ASC).named("by_department"));
	}

	/**
	 * @throws AdmissionConflictException if the bed is occupied or in housekeeping
	 */
	void occupy(BedOccupancy occupancy) {
		try {
			this.mongo.insert(BedOccupancyDocument.of(occupancy), COLLECTION);
		}
		catch (DuplicateKeyException taken) {
			throw new AdmissionConflictException(find(occupancy.place())
				.map((other) -> (other.status() == BedStatus.HOUSEKEEPING)
						? "The bed is being cleaned after a discharge; admit to it once it is marked ready."
						: "The bed is occupied by another patient.")
				.orElse("The bed was just taken by another admission."));
		}
	}

	/** Undoes {@link #occupy} for an admission that could not be stored. */
	void release(BedPlace place, String admissionId) {
		this.mongo.remove(new Query(Criteria.where("_id")
			.is(place.key())
			.and("admissionId")
			.is(admissionId)
			.and("status")
			.is(BedStatus.OCCUPIED.name())), COLLECTION);
	}

	/**
	 * The admission's patient left: the bed is to be cleaned. Nothing happens if the bed
	 * already moved on (a discharge retried after staff marked it ready).
	 */
	void toHousekeeping(BedPlace place, String admissionId, Instant at) {
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(place.key()).and("admissionId").is(admissionId)),
				new Update().set("status", BedStatus.HOUSEKEEPING.name()).set("since", at).unset("patientId"),
				COLLECTION);
	}

	/**
	 * Frees a bed that was being cleaned. A bed already free stays so (marking it twice
	 * is harmless).
	 * @throws AdmissionConflictException if a patient lies in it
	 */
	void markReady(BedPlace place) {
		long removed = this.mongo
			.remove(new Query(Criteria.where("_id").is(place.key()).and("status").is(BedStatus.HOUSEKEEPING.name())),
					COLLECTION)
			.getDeletedCount();
		if (removed == 0 && find(place).filter((bed) -> bed.status() == BedStatus.OCCUPIED).isPresent()) {
			throw new AdmissionConflictException("A patient lies in this bed; discharge them first.");
		}
	}

	Optional<BedOccupancy> find(BedPlace place) {
		return Optional.ofNullable(this.mongo.findById(place.key(), BedOccupancyDocument.class, COLLECTION))
			.map(BedOccupancyDocument::toOccupancy);
	}

	List<BedOccupancy> ofDepartment(String departmentId) {
		return this.mongo
			.find(new Query(Criteria.where("departmentId").is(departmentId)).limit(MAX_PER_DEPARTMENT),
					BedOccupancyDocument.class, COLLECTION)
			.stream()
			.map(BedOccupancyDocument::toOccupancy)
			.toList();
	}

}
