package org.careflow.patient.directory;

import java.util.List;

import org.careflow.patient.domain.NameKey;
import org.careflow.patient.domain.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives profiles stored before the directory existed their name keys, so the directory
 * finds them too: a batch at a time, on start (idempotent; several replicas doing it at
 * once write the same keys). Only counts are logged, never names.
 */
@Component
class NameKeyBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NameKeyBackfill.class);

	static final int BATCH = 500;

	private final MongoTemplate mongo;

	NameKeyBackfill(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			int filled = fill();
			if (filled > 0) {
				log.info("Name keys added to {} older patient profiles", filled);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Name keys of older profiles not added, tried again at the next start: {}", ex.toString());
		}
	}

	int fill() {
		int filled = 0;
		while (true) {
			Query missing = new Query(Criteria.where(PatientDirectory.LAST_NAME_KEY).exists(false)).limit(BATCH);
			missing.fields().include("firstName", "lastName");
			List<Patient> batch = this.mongo.find(missing, Patient.class);
			for (Patient patient : batch) {
				this.mongo.updateFirst(new Query(Criteria.where("_id").is(patient.id())),
						new Update().set(PatientDirectory.FIRST_NAME_KEY, NameKey.of(patient.firstName()))
							.set(PatientDirectory.LAST_NAME_KEY, NameKey.of(patient.lastName())),
						Patient.class);
			}
			filled += batch.size();
			if (batch.size() < BATCH) {
				return filled;
			}
		}
	}

}
