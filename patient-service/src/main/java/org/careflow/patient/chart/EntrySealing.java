package org.careflow.patient.chart;

import org.bson.Document;

/**
 * Seals the {@link ChartArea#sealedFields() sealed fields} of a chart entry on its way
 * into the store and opens them on the way out (package {@code crypto} does it). Stores
 * that write an entry without the mapping's save events (an update) seal it themselves.
 */
public interface EntrySealing {

	/**
	 * Seals in place the area's sealed fields present in {@code stored} (an entry's whole
	 * stored form, all plain) and marks it with the key used.
	 */
	void seal(ChartArea area, String id, Document stored);

	/**
	 * Opens in place the area's sealed fields of a whole stored entry; an entry stored
	 * before sealing (not marked) is read as it is.
	 * @throws RuntimeException {@code UnreadableRecordException} (a 422) if one fails its
	 * integrity check
	 */
	void open(ChartArea area, Document stored);

}
