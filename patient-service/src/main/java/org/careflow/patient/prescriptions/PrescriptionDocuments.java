package org.careflow.patient.prescriptions;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.careflow.patient.chart.ChartAccess.Permitted;
import org.careflow.patient.chart.ChartAction;
import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.documents.prescription.MedicationLine;
import org.careflow.patient.documents.prescription.PrescriptionPdf;
import org.careflow.patient.documents.prescription.PrescriptionSheet;
import org.careflow.patient.documents.verify.DocumentFacts;
import org.careflow.patient.documents.verify.DocumentStatus;
import org.careflow.patient.documents.verify.DocumentStatus.State;
import org.careflow.patient.documents.verify.VerifiableDocuments;
import org.careflow.patient.documents.verify.VerificationLinks;
import org.careflow.patient.domain.Patient;
import org.careflow.platform.security.Caller;

import org.springframework.stereotype.Component;

/**
 * Prescriptions on paper: the PDF, the link its QR code holds (bound to the
 * prescription's content revision, so filling or cancelling it does not make the paper
 * "superseded" but is said by the verification), what a verification tells, and the
 * prescription itself for a pharmacist who scans it.
 */
@Component
class PrescriptionDocuments implements VerifiableDocuments {

	static final String KIND = "prescription";

	private final Prescriptions prescriptions;

	private final VerificationLinks links;

	private final PrescriptionPdf pdf;

	PrescriptionDocuments(Prescriptions prescriptions, VerificationLinks links, PrescriptionPdf pdf) {
		this.prescriptions = prescriptions;
		this.links = links;
		this.pdf = pdf;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<DocumentFacts> find(String id) {
		return this.prescriptions.find(id).map(PrescriptionDocuments::facts);
	}

	@Override
	public Optional<String> linkFor(Caller caller, String id) {
		return this.prescriptions.find(id).map((found) -> {
			Permitted<Prescription> readable = this.prescriptions.readable(caller, found, ChartAction.READ);
			this.prescriptions.audit(readable, "qr-code");
			return link(readable.entry());
		});
	}

	@Override
	public Optional<Object> documentFor(Caller caller, String id) {
		if (!caller.is("pharmacist")) {
			return Optional.empty();
		}
		return Optional.of(this.prescriptions.read(caller, id, Optional.empty()));
	}

	/** The paper, for whoever may read the prescription (audited as a print). */
	byte[] pdf(Caller caller, String id) {
		Permitted<Prescription> readable = this.prescriptions.readable(caller, id, ChartAction.READ, Optional.empty());
		Prescription prescription = readable.entry();
		Patient patient = this.prescriptions.patientOf(prescription);
		byte[] printed = this.pdf.render(sheet(prescription, patient, link(prescription)));
		this.prescriptions.audit(readable, "print");
		return printed;
	}

	private String link(Prescription prescription) {
		return this.links.prescription(prescription.id(), prescription.patientId(), prescription.revision(),
				Prescription.endOf(prescription.validUntil()));
	}

	static PrescriptionSheet sheet(Prescription prescription, Patient patient, String verificationUrl) {
		Medication medication = prescription.medication();
		MedicationLine line = new MedicationLine(medication.name(), medication.dosage(), medication.route(),
				medication.frequency(), medication.duration(), String.valueOf(medication.quantity()));
		String licence = (prescription.prescriberLicence() != null) ? prescription.prescriberLicence() : "—";
		return new PrescriptionSheet(prescription.id(),
				new PrescriptionSheet.Prescriber(prescription.prescriberName(), licence),
				new PrescriptionSheet.Patient(patient.firstName() + " " + patient.lastName(), patient.birthDate()),
				writtenOn(prescription), prescription.validUntil(), List.of(line), prescription.instructions(),
				prescription.refills(), verificationUrl);
	}

	static DocumentFacts facts(Prescription prescription) {
		return new DocumentFacts(KIND, prescription.id(), prescription.patientId(), prescription.revision(),
				writtenOn(prescription), prescription.prescriberName(), status(prescription));
	}

	static DocumentStatus status(Prescription prescription) {
		LocalDate changed = LocalDate.ofInstant(prescription.updatedAt(), ZoneOffset.UTC);
		return switch (prescription.status()) {
			case Prescription.COMPLETED -> DocumentStatus.of(State.FILLED, changed);
			case Prescription.CANCELLED -> DocumentStatus.of(State.CANCELLED, changed);
			case ChartEntry.ENTERED_IN_ERROR -> DocumentStatus.of(State.ENTERED_IN_ERROR);
			default -> prescription.fills().isEmpty() ? DocumentStatus.of(State.ACTIVE)
					: DocumentStatus.of(State.PARTIALLY_FILLED, changed);
		};
	}

	private static LocalDate writtenOn(Prescription prescription) {
		return LocalDate.ofInstant(prescription.createdAt(), ZoneOffset.UTC);
	}

}
