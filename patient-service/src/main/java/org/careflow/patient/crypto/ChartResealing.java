package org.careflow.patient.crypto;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.careflow.patient.chart.ChartArea;
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
 * {@link ProfileResealing}'s sibling for the chart: after each start, in the background,
 * every chart entry with sealed fields that is not sealed with the current key (an older
 * key, or plain text stored before encryption) is opened and sealed again,
 * {@value #BATCH} at a time in id order, each write conditional on the version and key it
 * read (a change made meanwhile wins; several replicas may run it at once).
 * <p>
 * Chart collections grow with every visit, so the pass looks entries up by the key they
 * are sealed with (plain ones have none) on the index {@value #INDEX}: once every entry
 * is under the current key, a start costs a few index lookups, however large the chart.
 * Entries under a key the service no longer holds cannot be opened and are not looked
 * for; they are counted among those left. Only counts and ids are logged.
 */
@Component
public class ChartResealing implements ApplicationRunner, InitializingBean {

	static final int BATCH = 200;

	static final String INDEX = "by_sealing_key";

	private static final Logger log = LoggerFactory.getLogger(ChartResealing.class);

	private final MongoTemplate mongo;

	private final ChartSealing sealing;

	private final Keyring keys;

	private final CryptoProperties properties;

	ChartResealing(MongoTemplate mongo, ChartSealing sealing, Keyring keys, CryptoProperties properties) {
		this.mongo = mongo;
		this.sealing = sealing;
		this.keys = keys;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		for (ChartArea area : sealedAreas()) {
			this.mongo.indexOps(area.collection())
				.createIndex(
						new Index().on(ChartSealing.SEALED_WITH, Direction.ASC).on("_id", Direction.ASC).named(INDEX));
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.resealOnStart()) {
			Thread.ofVirtual().name("chart-resealing").start(this::resealLogged);
		}
	}

	private void resealLogged() {
		try {
			int resealed = resealAll();
			long left = 0;
			for (ChartArea area : sealedAreas()) {
				left += this.mongo.count(new Query(Criteria.where(ChartSealing.SEALED_WITH).ne(currentKey())),
						area.collection());
			}
			if (resealed > 0 || left > 0) {
				log.info("Resealed {} chart entries with key {}; {} are not sealed with it (unreadable or changed "
						+ "meanwhile: resealed at the next start)", resealed, currentKey(), left);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Resealing of chart entries stopped, tried again at the next start: {}", ex.toString());
		}
	}

	/**
	 * @return how many chart entries were resealed
	 */
	public int resealAll() {
		int resealed = 0;
		for (ChartArea area : sealedAreas()) {
			for (String key : staleKeys()) {
				resealed += reseal(area, key);
			}
		}
		return resealed;
	}

	/** The entries of the area sealed with this key (null: plain), in batches. */
	private int reseal(ChartArea area, String key) {
		int resealed = 0;
		String after = "";
		while (true) {
			Query query = new Query(Criteria.where(ChartSealing.SEALED_WITH).is(key).and("_id").gt(after))
				.with(Sort.by("_id"))
				.limit(BATCH);
			List<Document> batch = this.mongo.find(query, Document.class, area.collection());
			for (Document document : batch) {
				after = document.get("_id").toString();
				resealed += reseal(area, document) ? 1 : 0;
			}
			if (batch.size() < BATCH) {
				return resealed;
			}
		}
	}

	private boolean reseal(ChartArea area, Document document) {
		String id = document.get("_id").toString();
		Object keyRead = document.get(ChartSealing.SEALED_WITH);
		Object versionRead = document.get("version");
		try {
			this.sealing.open(area, document);
		}
		catch (UnreadableRecordException ex) {
			return false;
		}
		Document fields = new Document();
		ChartSealing.sealedRoots(area)
			.stream()
			.filter(document::containsKey)
			.forEach((field) -> fields.put(field, document.get(field)));
		this.sealing.seal(area, id, fields);
		Update update = new Update();
		fields.forEach(update::set);
		Query unchanged = new Query(Criteria.where("_id")
			.is(id)
			.andOperator(sameAs(ChartSealing.SEALED_WITH, keyRead), sameAs("version", versionRead)));
		return this.mongo.updateFirst(unchanged, update, area.collection()).getModifiedCount() > 0;
	}

	/** The keys an entry may be sealed with other than the current one, and none. */
	private List<String> staleKeys() {
		List<String> stale = new ArrayList<>();
		stale.add(null);
		this.keys.keyIds().stream().filter((id) -> !id.equals(currentKey())).forEach(stale::add);
		return stale;
	}

	private String currentKey() {
		return this.keys.currentKeyId();
	}

	private static List<ChartArea> sealedAreas() {
		return List.of(ChartArea.values()).stream().filter((area) -> !area.sealedFields().isEmpty()).toList();
	}

	private static Criteria sameAs(String field, Object read) {
		return (read != null) ? Criteria.where(field).is(read) : Criteria.where(field).exists(false);
	}

}
