package org.careflow.patient.vaccines;

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
 * The {@code vaccines} collection: a new vaccination is stored with its
 * {@code chart.entry-created} event (ids only) in the same write.
 */
@Repository
class Vaccinations implements InitializingBean {

	private final ChartStore<VaccinationDocument> store;

	Vaccinations(MongoTemplate mongo, Outbox outbox, EntrySealing sealing) {
		this.store = new ChartStore<>(mongo, outbox, sealing, VaccinationDocument.class,
				ChartArea.VACCINES.collection(), ChartArea.VACCINES);
	}

	@Override
	public void afterPropertiesSet() {
		this.store.createIndexes();
	}

	Vaccination insert(Vaccination vaccination) {
		ChartEntryCreated created = ChartEntryCreated.of(vaccination.id(), vaccination.patientId(),
				ChartArea.VACCINES.resourceType(), vaccination.authorId());
		this.store.insert(VaccinationDocument.of(vaccination, List.of(PendingEvent.of(Topics.CHART, created))));
		return vaccination;
	}

	Vaccination get(String id) {
		return this.store.get(id).toVaccination();
	}

	List<Vaccination> page(String patientId, PageParams paging) {
		return this.store.page(patientId, paging).stream().map(VaccinationDocument::toVaccination).toList();
	}

	Vaccination update(Vaccination next) {
		this.store.update(VaccinationDocument.of(next, null), List.of());
		return next;
	}

}
