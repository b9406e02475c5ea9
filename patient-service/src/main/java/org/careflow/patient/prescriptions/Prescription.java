package org.careflow.patient.prescriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careflow.events.PrescriptionCreated;
import org.careflow.events.PrescriptionFilled;
import org.careflow.events.PrescriptionRevoked;
import org.careflow.events.Topics;
import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.chart.ChartConflictException;
import org.careflow.patient.chart.ChartRuleViolationException;
import org.careflow.patient.chart.EnteredInError;
import org.careflow.platform.outbox.PendingEvent;

/**
 * A prescription and its rules. It allows {@code 1 + refills} fills of
 * {@code medication.quantity} each; a pharmacist may dispense a fill in parts (a partial
 * fill), and a fill counts once its whole quantity is dispensed. {@code fillsRemaining}
 * counts the fills still allowed, the one in progress included; at 0 the prescription is
 * {@code completed}. It can be filled only while {@code active} and until
 * {@code validUntil} (inclusive, UTC). Its content can be changed only before the first
 * dispensing; the prescriber may cancel it while active. Each change makes a new
 * {@code version}; only a change of its content makes a new {@code revision}, the one its
 * printed QR code names (a paper stays genuine when it is filled or cancelled, and says
 * so; it is superseded when what it says was changed).
 */
public record Prescription(String id, String patientId, String prescriberId, String prescriberName,
		String prescriberLicence, Medication medication, String instructions, int refills, LocalDate validUntil,
		String status, int fillsRemaining, int dispensedThisFill, List<Fill> fills, Instant createdAt,
		Instant updatedAt, EnteredInError enteredInError, int revision, long version,
		List<PendingEvent> pendingEvents) implements ChartEntry {

	public static final String ACTIVE = "active";

	public static final String COMPLETED = "completed";

	public static final String CANCELLED = "cancelled";

	/**
	 * More dispensings than this on one prescription is not a pharmacy's work but a loop.
	 */
	public static final int MAX_FILLS = 100;

	public Prescription {
		fills = List.copyOf(fills);
		pendingEvents = (pendingEvents != null) ? List.copyOf(pendingEvents) : List.of();
	}

	/** A new prescription with its {@code prescription.created} event. */
	public static Prescription write(String patientId, Prescriber prescriber, PrescriptionContent content,
			Instant now) {
		String id = UUID.randomUUID().toString();
		PrescriptionCreated created = PrescriptionCreated.of(id, patientId, prescriber.id(),
				endOf(content.validUntil()));
		return new Prescription(id, patientId, prescriber.id(), prescriber.name(), prescriber.licence(),
				content.medication(), content.instructions(), content.refills(), content.validUntil(), ACTIVE,
				1 + content.refills(), 0, List.of(), now, now, null, 0, 0,
				List.of(PendingEvent.of(Topics.PRESCRIPTIONS, created)));
	}

	/** The same prescription with new content, if nothing was dispensed yet. */
	public Prescription revise(PrescriptionContent content, Instant now) {
		requireActive("changed");
		if (!this.fills.isEmpty()) {
			throw new ChartConflictException("Part of this prescription was dispensed already: write a new one.");
		}
		return new Prescription(this.id, this.patientId, this.prescriberId, this.prescriberName, this.prescriberLicence,
				content.medication(), content.instructions(), content.refills(), content.validUntil(), ACTIVE,
				1 + content.refills(), 0, this.fills, this.createdAt, now, null, this.revision + 1, this.version + 1,
				List.of());
	}

	/** Stopped by the prescriber: no further fills; its QR code says so. */
	public Prescription cancel(Instant now) {
		requireActive("cancelled");
		return withStatus(CANCELLED, null, now);
	}

	/** Dispenses {@code quantity} (part or all of the current fill). */
	public Prescription fill(String pharmacistId, int quantity, Instant now) {
		requireActive("filled");
		if (LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(this.validUntil)) {
			throw new ChartRuleViolationException("validUntil", "The prescription expired on " + this.validUntil + ".");
		}
		if (this.fills.size() >= MAX_FILLS) {
			throw new ChartConflictException("This prescription was dispensed " + MAX_FILLS + " times already.");
		}
		int left = this.medication.quantity() - this.dispensedThisFill;
		if (quantity < 1 || quantity > left) {
			throw new ChartRuleViolationException("quantity",
					"must be between 1 and " + left + " (what is left of this fill)");
		}
		int dispensed = this.dispensedThisFill + quantity;
		int fillsRemaining = this.fillsRemaining;
		if (dispensed == this.medication.quantity()) {
			fillsRemaining--;
			dispensed = 0;
		}
		List<Fill> fills = new ArrayList<>(this.fills);
		fills.add(new Fill(pharmacistId, now, quantity));
		PrescriptionFilled filled = PrescriptionFilled.of(this.id, this.patientId, pharmacistId, fillsRemaining);
		return new Prescription(this.id, this.patientId, this.prescriberId, this.prescriberName, this.prescriberLicence,
				this.medication, this.instructions, this.refills, this.validUntil,
				(fillsRemaining == 0) ? COMPLETED : ACTIVE, fillsRemaining, dispensed, fills, this.createdAt, now, null,
				this.revision, this.version + 1, List.of(PendingEvent.of(Topics.PRESCRIPTIONS, filled)));
	}

	/** Should never have existed: hidden from lists, revoked, kept. */
	public Prescription enterInError(String reason, String byId, Instant now) {
		if (ENTERED_IN_ERROR.equals(this.status)) {
			throw new ChartConflictException("This prescription is entered in error already.");
		}
		return withStatus(ENTERED_IN_ERROR, new EnteredInError(reason, byId, now), now);
	}

	/** Whether a pharmacy may still dispense it (its QR code verifies as valid). */
	public boolean isFillable(Instant now) {
		return ACTIVE.equals(this.status) && !LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(this.validUntil);
	}

	private Prescription withStatus(String status, EnteredInError error, Instant now) {
		PrescriptionRevoked revoked = PrescriptionRevoked.of(this.id, this.patientId, status);
		return new Prescription(this.id, this.patientId, this.prescriberId, this.prescriberName, this.prescriberLicence,
				this.medication, this.instructions, this.refills, this.validUntil, status, this.fillsRemaining,
				this.dispensedThisFill, this.fills, this.createdAt, now, error, this.revision, this.version + 1,
				List.of(PendingEvent.of(Topics.PRESCRIPTIONS, revoked)));
	}

	private void requireActive(String what) {
		if (!ACTIVE.equals(this.status)) {
			throw new ChartConflictException("A " + this.status + " prescription cannot be " + what + ".");
		}
	}

	/** The first instant after the last day of validity (UTC). */
	static Instant endOf(LocalDate validUntil) {
		return validUntil.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
