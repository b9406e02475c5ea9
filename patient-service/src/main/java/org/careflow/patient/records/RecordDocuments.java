package org.careflow.patient.records;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.careflow.patient.chart.ChartAccess;
import org.careflow.patient.chart.ChartArea;
import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.documents.verify.DocumentFacts;
import org.careflow.patient.documents.verify.DocumentStatus;
import org.careflow.patient.documents.verify.DocumentStatus.State;
import org.careflow.patient.documents.verify.VerifiableDocuments;
import org.careflow.patient.documents.verify.VerificationLinks;
import org.careflow.platform.security.Caller;

import org.springframework.stereotype.Component;

/**
 * Medical records as documents a patient may show elsewhere: the QR code of a record
 * (bound to its version — a record changed since it was shown verifies as superseded) and
 * what its verification tells: genuine, written when and by whom, active, resolved or
 * entered in error. Nothing of what it says.
 */
@Component
class RecordDocuments implements VerifiableDocuments {

	static final String KIND = "record";

	/** Records written before authors' names were kept. */
	static final String UNNAMED_AUTHOR = "a clinician of the clinic";

	private final MedicalRecords records;

	private final ChartAccess access;

	private final VerificationLinks links;

	RecordDocuments(MedicalRecords records, ChartAccess access, VerificationLinks links) {
		this.records = records;
		this.access = access;
		this.links = links;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<DocumentFacts> find(String id) {
		return this.records.find(id).map(RecordDocuments::facts);
	}

	/**
	 * For whoever may read the record (checked and audited as a read of it); the record
	 * is read from the store once.
	 */
	@Override
	public Optional<String> linkFor(Caller caller, String id) {
		return this.records.find(id).map((found) -> {
			MedicalRecord record = this.access.read(caller, id, ChartArea.RECORDS, Optional.empty(),
					(ignored) -> found);
			return this.links.record(record.id(), record.patientId(), record.version(), record.createdAt());
		});
	}

	static DocumentFacts facts(MedicalRecord record) {
		String author = (record.authorName() != null) ? record.authorName() : UNNAMED_AUTHOR;
		return new DocumentFacts(KIND, record.id(), record.patientId(), record.version(),
				LocalDate.ofInstant(record.createdAt(), ZoneOffset.UTC), author, status(record));
	}

	private static DocumentStatus status(MedicalRecord record) {
		return switch (record.status()) {
			case MedicalRecord.RESOLVED ->
				DocumentStatus.of(State.COMPLETED, LocalDate.ofInstant(record.updatedAt(), ZoneOffset.UTC));
			case ChartEntry.ENTERED_IN_ERROR -> DocumentStatus.of(State.ENTERED_IN_ERROR);
			default -> DocumentStatus.of(State.ACTIVE);
		};
	}

}
