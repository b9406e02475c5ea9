package org.careflow.patient.crypto;

import org.careflow.patient.chart.ChartArea;
import org.careflow.patient.chart.ChartEntry;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Seals a chart entry on its way into MongoDB (an insert, after mapping) and opens it on
 * its way out (before mapping), by the collection it is stored in, so every reader of an
 * entry's domain type gets plain values and the store holds sealed ones. Updates seal
 * what they {@code $set} themselves ({@code ChartStore}).
 */
@Component
class SealedChartEntries extends AbstractMongoEventListener<ChartEntry> {

	private final ChartSealing sealing;

	SealedChartEntries(ChartSealing sealing) {
		this.sealing = sealing;
	}

	@Override
	public void onBeforeSave(BeforeSaveEvent<ChartEntry> event) {
		ChartArea.ofCollection(event.getCollectionName())
			.ifPresent((area) -> this.sealing.seal(area, event.getSource().id(), event.getDocument()));
	}

	@Override
	public void onAfterLoad(AfterLoadEvent<ChartEntry> event) {
		ChartArea.ofCollection(event.getCollectionName())
			.ifPresent((area) -> this.sealing.open(area, event.getDocument()));
	}

}
