package org.careflow.patient.domain;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link PatientRepository}'s email lookup (a Spring Data repository fragment). */
class PatientEmailsImpl implements PatientEmails {

	private final MongoTemplate mongo;

	private final ProfileSealing sealing;

	PatientEmailsImpl(MongoTemplate mongo, ProfileSealing sealing) {
		this.mongo = mongo;
		this.sealing = sealing;
	}

	@Override
	public boolean existsByEmail(String email) {
		return this.mongo.exists(
				new Query(Criteria.where(this.sealing.emailTermField()).is(this.sealing.emailTerm(email))),
				Patient.COLLECTION);
	}

}
