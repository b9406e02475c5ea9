package org.careflow.patient.crypto;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.careflow.patient.domain.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The rotation and the migration of plain profiles in one pass: after each start, in the
 * background, every profile not sealed with the current key (an older key, or plain text
 * stored before encryption) is opened and sealed again, {@value #BATCH} at a time in id
 * order. Each write is conditional on the version and key it read, so a profile changed
 * meanwhile is left as its change wrote it (sealed with the current key already); several
 * replicas may run it at once. Only counts and ids are logged.
 */
@Component
public class ProfileResealing implements ApplicationRunner, InitializingBean {

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(ProfileResealing.class);

	private final MongoTemplate mongo;

	private final PatientSealing sealing;

	private final FieldCipher cipher;

	private final CryptoProperties properties;

	private final Keyring keys;

	ProfileResealing(MongoTemplate mongo, PatientSealing sealing, FieldCipher cipher, CryptoProperties properties,
			Keyring keys) {
		this.mongo = mongo;
		this.keys = keys;
		this.sealing = sealing;
		this.cipher = cipher;
		this.properties = properties;
	}

	/**
	 * The pass looks profiles up by the key they are sealed with (plain ones have none):
	 * once all are under the current key, a start costs a few index lookups.
	 */
	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(Patient.COLLECTION)
			.createIndex(new Index().on(PatientSealing.SEALED_WITH, Direction.ASC)
				.on("_id", Direction.ASC)
				.named(ChartResealing.INDEX));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.resealOnStart()) {
			Thread.ofVirtual().name("profile-resealing").start(this::resealLogged);
		}
	}

	private void resealLogged() {
		try {
			int resealed = resealAll();
			long left = this.mongo.count(new Query(notCurrent()), Patient.COLLECTION);
			if (resealed > 0 || left > 0) {
				log.info("Resealed {} patient profiles with key {}; {} are not sealed with it (unreadable or changed "
						+ "meanwhile: resealed at the next start)", resealed, this.cipher.currentKeyId(), left);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Resealing of patient profiles stopped, tried again at the next start: {}", ex.toString());
		}
	}

	/**
	 * @return how many profiles were resealed
	 */
	public int resealAll() {
		int resealed = 0;
		for (String key : staleKeys()) {
			resealed += resealSealedWith(key);
		}
		return resealed;
	}

	/** The profiles sealed with this key (null: plain), in batches in id order. */
	private int resealSealedWith(String key) {
		int resealed = 0;
		String after = "";
		while (true) {
			Query query = new Query(Criteria.where(PatientSealing.SEALED_WITH).is(key).and("_id").gt(after))
				.with(Sort.by("_id"))
				.limit(BATCH);
			List<Document> batch = this.mongo.find(query, Document.class, Patient.COLLECTION);
			for (Document document : batch) {
				after = document.get("_id").toString();
				resealed += reseal(document) ? 1 : 0;
			}
			if (batch.size() < BATCH) {
				return resealed;
			}
		}
	}

	private boolean reseal(Document document) {
		String id = document.get("_id").toString();
		Object keyRead = document.get(PatientSealing.SEALED_WITH);
		Object versionRead = document.get("version");
		try {
			this.sealing.open(document);
		}
		catch (UnreadableRecordException ex) {
			return false;
		}
		Document fields = new Document();
		PatientSealing.SEALED_FIELDS.stream()
			.filter(document::containsKey)
			.forEach((field) -> fields.put(field, document.get(field)));
		this.sealing.seal(id, fields);
		Update update = new Update();
		fields.forEach(update::set);
		PatientSealing.PLAIN_NAME_KEYS.forEach(update::unset);
		Query unchanged = new Query(Criteria.where("_id")
			.is(id)
			.andOperator(sameAs(PatientSealing.SEALED_WITH, keyRead), sameAs("version", versionRead)));
		return this.mongo.updateFirst(unchanged, update, Patient.COLLECTION).getModifiedCount() > 0;
	}

	private Criteria notCurrent() {
		return Criteria.where(PatientSealing.SEALED_WITH).ne(this.cipher.currentKeyId());
	}

	/**
	 * The keys a profile may be sealed with other than the current one, and none (plain):
	 * what can be resealed (a value under a key no longer held cannot be opened).
	 */
	private List<String> staleKeys() {
		List<String> stale = new ArrayList<>();
		stale.add(null);
		this.keys.keyIds().stream().filter((id) -> !id.equals(this.cipher.currentKeyId())).forEach(stale::add);
		return stale;
	}

	private static Criteria sameAs(String field, Object read) {
		return (read != null) ? Criteria.where(field).is(read) : Criteria.where(field).exists(false);
	}

}
