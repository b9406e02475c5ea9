package org.careflow.patient.procedures;

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
 * The {@code procedures} collection: a new procedure is stored with its
 * {@code chart.entry-created} event (ids only) in the same write.
 */
@Repository
class Procedures implements InitializingBean {

	private final ChartStore<ProcedureDocument> store;

	Procedures(MongoTemplate mongo, Outbox outbox, EntrySealing sealing) {
		this.store = new ChartStore<>(mongo, outbox, sealing, ProcedureDocument.class,
				ChartArea.PROCEDURES.collection(), ChartArea.PROCEDURES);
	}

	@Override
	public void afterPropertiesSet() {
		this.store.createIndexes();
	}

	Procedure insert(Procedure procedure) {
		ChartEntryCreated created = ChartEntryCreated.of(procedure.id(), procedure.patientId(),
				ChartArea.PROCEDURES.resourceType(), procedure.authorId());
		this.store.insert(ProcedureDocument.of(procedure, List.of(PendingEvent.of(Topics.CHART, created))));
		return procedure;
	}

	Procedure get(String id) {
		return this.store.get(id).toProcedure();
	}

	List<Procedure> page(String patientId, PageParams paging) {
		return this.store.page(patientId, paging).stream().map(ProcedureDocument::toProcedure).toList();
	}

	Procedure update(Procedure next) {
		this.store.update(ProcedureDocument.of(next, null), List.of());
		return next;
	}

}
