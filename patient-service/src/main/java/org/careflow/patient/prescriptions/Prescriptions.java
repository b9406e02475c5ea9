package org.careflow.patient.prescriptions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.careflow.patient.chart.ChartAccess;
import org.careflow.patient.chart.ChartAccess.Permitted;
import org.careflow.patient.chart.ChartAction;
import org.careflow.patient.chart.ChartArea;
import org.careflow.patient.chart.ChartGrant;
import org.careflow.patient.chart.ChartRuleViolationException;
import org.careflow.patient.chart.ChartStore;
import org.careflow.patient.chart.EmergencyReason;
import org.careflow.patient.chart.EnteredInErrorRequest;
import org.careflow.patient.chart.EntrySealing;
import org.careflow.patient.chart.InvalidChartRequestException;
import org.careflow.patient.chart.StaleVersionException;
import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientRepository;
import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.security.Caller;
import org.careflow.platform.web.PageParams;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Prescriptions, each action checked with the chart's rules ({@link ChartAccess}) and
 * audited: doctors in care (or breaking the glass) and admins write, pharmacists read by
 * id and fill, patients read their own.
 */
@Service
public class Prescriptions implements InitializingBean {

	private static final ChartArea AREA = ChartArea.PRESCRIPTIONS;

	private final ChartStore<Prescription> store;

	private final ChartAccess access;

	private final PatientRepository patients;

	private final Clock clock;

	Prescriptions(MongoTemplate mongo, Outbox outbox, EntrySealing sealing, ChartAccess access,
			PatientRepository patients, Clock clock) {
		this.store = new ChartStore<>(mongo, outbox, sealing, Prescription.class, AREA.collection(), AREA);
		this.access = access;
		this.patients = patients;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		this.store.createIndexes();
	}

	PrescriptionView write(Caller caller, Prescriber prescriber, PrescriptionRequest request,
			Optional<EmergencyReason> emergency) {
		this.access.requireRole(caller, AREA, ChartAction.WRITE);
		if (request.patientId() == null || request.patientId().isBlank()) {
			throw new InvalidChartRequestException("patientId", "is required");
		}
		if (prescriber.licence() == null) {
			throw new InvalidChartRequestException("prescriberLicence", "is required: the paper shows it");
		}
		ChartGrant grant = this.access.require(caller, request.patientId(), AREA, ChartAction.WRITE, null, emergency);
		Patient patient = this.patients.findById(request.patientId())
			.orElseThrow(() -> new ChartRuleViolationException("patientId", "is not a patient of this clinic"));
		Instant now = this.clock.instant();
		Prescription written = this.store
			.insert(Prescription.write(patient.id(), prescriber, contentOf(request, now), now));
		this.access.audit(grant, "create", written.id());
		return PrescriptionView.of(written, patient);
	}

	PrescriptionView read(Caller caller, String id, Optional<EmergencyReason> emergency) {
		Prescription prescription = this.access.read(caller, id, AREA, emergency, this.store::get);
		return PrescriptionView.of(prescription, patientOf(prescription));
	}

	/**
	 * The prescription itself, for another part of this service that already checked the
	 * caller's right to read it (the PDF, the QR code).
	 */
	public Optional<Prescription> find(String id) {
		return this.store.find(id);
	}

	/**
	 * @param patientId required for staff; a patient may leave it out (their own)
	 */
	List<PrescriptionView> list(Caller caller, String patientId, PageParams paging,
			Optional<EmergencyReason> emergency) {
		List<Prescription> page = this.access.list(caller, patientId, AREA, emergency,
				(patient) -> this.store.page(patient, paging));
		// one patient's list: their name and birth date are looked up once
		Patient patient = page.isEmpty() ? null : patientOf(page.get(0));
		return page.stream().map((prescription) -> PrescriptionView.of(prescription, patient)).toList();
	}

	PrescriptionView change(Caller caller, String id, PrescriptionRequest request,
			Optional<EmergencyReason> emergency) {
		if (request.version() == null) {
			throw new InvalidChartRequestException("version", "is required: the version you read");
		}
		Permitted<Prescription> readable = readable(caller, id, ChartAction.WRITE, emergency);
		Prescription current = requireVersion(readable.entry(), request.version());
		Instant now = this.clock.instant();
		Prescription next = switch (String.valueOf(request.status())) {
			case "null", Prescription.ACTIVE -> current.revise(contentOf(request, now), now);
			case Prescription.CANCELLED -> current.cancel(now);
			default -> throw new InvalidChartRequestException("status", "must be active or cancelled");
		};
		stored(next);
		this.access.audit(readable.grant(), Prescription.CANCELLED.equals(next.status()) ? "cancel" : "update", id);
		return PrescriptionView.of(next, patientOf(next));
	}

	PrescriptionView enterInError(Caller caller, String id, EnteredInErrorRequest request,
			Optional<EmergencyReason> emergency) {
		Prescription next = this.access.change(readable(caller, id, ChartAction.WRITE, emergency), "entered-in-error",
				(current) -> stored(requireVersion(current, request.version()).enterInError(request.reason().strip(),
						caller.id(), this.clock.instant())));
		return PrescriptionView.of(next, patientOf(next));
	}

	PrescriptionView fill(Caller caller, String id, FillRequest request, Optional<EmergencyReason> emergency) {
		Prescription next = this.access.change(readable(caller, id, ChartAction.FILL, emergency), "fill",
				(current) -> stored(requireVersion(current, request.version()).fill(caller.id(), request.quantity(),
						this.clock.instant())));
		return PrescriptionView.of(next, patientOf(next));
	}

	/**
	 * The prescription, once the caller's role (before the lookup) and right over this
	 * patient's chart (after it) are checked.
	 */
	Permitted<Prescription> readable(Caller caller, String id, ChartAction action,
			Optional<EmergencyReason> emergency) {
		return this.access.permit(caller, AREA, action, id, emergency, this.store::get);
	}

	/**
	 * A prescription already read from the store, once the caller's role and right over
	 * this patient's chart are checked (no second read).
	 */
	Permitted<Prescription> readable(Caller caller, Prescription found, ChartAction action) {
		return this.access.permit(caller, AREA, action, found.id(), Optional.empty(), (ignored) -> found);
	}

	/** Records what was done with a prescription the caller was allowed to read. */
	void audit(Permitted<Prescription> readable, String action) {
		this.access.audit(readable.grant(), action, readable.entry().id());
	}

	/** Stores a changed prescription with the events it raised. */
	private Prescription stored(Prescription next) {
		this.store.update(next, next.pendingEvents());
		return next;
	}

	Patient patientOf(Prescription prescription) {
		return this.patients.findById(prescription.patientId()).orElse(null);
	}

	private static Prescription requireVersion(Prescription current, long version) {
		if (current.version() != version) {
			throw new StaleVersionException(AREA, current.id(), current.version());
		}
		return current;
	}

	private static PrescriptionContent contentOf(PrescriptionRequest request, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		LocalDate validUntil = (request.validUntil() != null) ? request.validUntil()
				: today.plusDays(PrescriptionRequest.DEFAULT_VALIDITY_DAYS);
		if (validUntil.isBefore(today) || validUntil.isAfter(today.plusDays(PrescriptionRequest.MAX_VALIDITY_DAYS))) {
			throw new InvalidChartRequestException("validUntil",
					"must be from today to " + PrescriptionRequest.MAX_VALIDITY_DAYS + " days ahead");
		}
		return new PrescriptionContent(request.medication().toMedication(),
				PrescriptionRequest.blankToNull(request.instructions()), request.refills(), validUntil);
	}

}
