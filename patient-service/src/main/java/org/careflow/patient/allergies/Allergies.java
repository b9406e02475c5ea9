package org.careflow.patient.allergies;

import java.util.List;

import org.careflow.events.ChartEntryCreated;
import org.careflow.events.Topics;
import org.careflow.patient.chart.ChartArea;
import org.careflow.patient.chart.ChartStore;
import org.careflow.patient.chart.EntrySealing;
import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.platform.web.PageParams;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code allergies} collection: a new allergy is stored with its
 * {@code chart.entry-created} event (ids only) in the same write.
 */
@Repository
class Allergies implements InitializingBean {

	private final ChartStore<AllergyDocument> store;

	Allergies(MongoTemplate mongo, Outbox outbox, EntrySealing sealing) {
		this.store = new ChartStore<>(mongo, outbox, sealing, AllergyDocument.class, ChartArea.ALLERGIES.collection(),
				ChartArea.ALLERGIES);
	}

	@Override
	public void afterPropertiesSet() {
		this.store.createIndexes();
	}

	Allergy insert(Allergy allergy) {
		ChartEntryCreated created = ChartEntryCreated.of(allergy.id(), allergy.patientId(),
				ChartArea.ALLERGIES.resourceType(), allergy.authorId());
		this.store.insert(AllergyDocument.of(allergy, List.of(PendingEvent.of(Topics.CHART, created))));
		return allergy;
	}

	Allergy get(String id) {
		return this.store.get(id).toAllergy();
	}

	List<Allergy> page(String patientId, PageParams paging) {
		return this.store.page(patientId, paging).stream().map(AllergyDocument::toAllergy).toList();
	}

	Allergy update(Allergy next) {
		this.store.update(AllergyDocument.of(next, null), List.of());
		return next;
	}

}
