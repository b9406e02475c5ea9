package org.careflow.patient.records;

import java.util.List;
import java.util.Optional;

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
 * The {@code records} collection: a new record is stored with its
 * {@code chart.entry-created} event (ids only) in the same write.
 */
@Repository
class MedicalRecords implements InitializingBean {

	private final ChartStore<MedicalRecordDocument> store;

	MedicalRecords(MongoTemplate mongo, Outbox outbox, EntrySealing sealing) {
		this.store = new ChartStore<>(mongo, outbox, sealing, MedicalRecordDocument.class,
				ChartArea.RECORDS.collection(), ChartArea.RECORDS);
	}

	@Override
	public void afterPropertiesSet() {
		this.store.createIndexes();
	}

	MedicalRecord insert(MedicalRecord record) {
		ChartEntryCreated created = ChartEntryCreated.of(record.id(), record.patientId(),
				ChartArea.RECORDS.resourceType(), record.authorId());
		this.store.insert(MedicalRecordDocument.of(record, List.of(PendingEvent.of(Topics.CHART, created))));
		return record;
	}

	Optional<MedicalRecord> find(String id) {
		return this.store.find(id).map(MedicalRecordDocument::toRecord);
	}

	MedicalRecord get(String id) {
		return this.store.get(id).toRecord();
	}

	List<MedicalRecord> page(String patientId, PageParams paging) {
		return this.store.page(patientId, paging).stream().map(MedicalRecordDocument::toRecord).toList();
	}

	MedicalRecord update(MedicalRecord next) {
		this.store.update(MedicalRecordDocument.of(next, null), List.of());
		return next;
	}

}
