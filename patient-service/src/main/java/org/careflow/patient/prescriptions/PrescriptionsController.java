package org.careflow.patient.prescriptions;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.careflow.patient.chart.AuthorName;
import org.careflow.patient.chart.EmergencyReason;
import org.careflow.patient.chart.EnteredInErrorRequest;
import org.careflow.platform.security.Caller;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/prescriptions}: who may do what is the chart's rule ({@code ChartPolicy});
 * a doctor outside the patient's care sends {@value EmergencyReason#HEADER} to break the
 * glass.
 */
@RestController
@RequestMapping(PrescriptionsController.PATH)
class PrescriptionsController {

	static final String PATH = "/api/prescriptions";

	private final Prescriptions prescriptions;

	private final PrescriptionDocuments documents;

	PrescriptionsController(Prescriptions prescriptions, PrescriptionDocuments documents) {
		this.prescriptions = prescriptions;
		this.documents = documents;
	}

	@GetMapping
	ResponseEntity<List<PrescriptionView>> list(@RequestParam(required = false) @Size(max = 64) String patientId,
			@Valid PageParams paging, @RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return Pages.of(this.prescriptions.list(Caller.of(authentication), patientId, paging, reason(emergency)),
				paging);
	}

	@PostMapping
	ResponseEntity<PrescriptionView> write(@Valid @RequestBody PrescriptionRequest request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		Prescriber prescriber = new Prescriber(caller.id(), AuthorName.of(authentication),
				PrescriptionRequest.blankToNull(request.prescriberLicence()));
		PrescriptionView written = this.prescriptions.write(caller, prescriber, request, reason(emergency));
		return ResponseEntity.created(URI.create(PATH + "/" + written.id())).body(written);
	}

	@GetMapping("/{id}")
	PrescriptionView read(@PathVariable @Size(max = 64) String id,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return this.prescriptions.read(Caller.of(authentication), id, reason(emergency));
	}

	@PutMapping("/{id}")
	PrescriptionView change(@PathVariable @Size(max = 64) String id, @Valid @RequestBody PrescriptionRequest request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return this.prescriptions.change(Caller.of(authentication), id, request, reason(emergency));
	}

	/** Never removed: marked entered-in-error, with the reason in the body. */
	@DeleteMapping("/{id}")
	PrescriptionView enterInError(@PathVariable @Size(max = 64) String id,
			@Valid @RequestBody EnteredInErrorRequest request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return this.prescriptions.enterInError(Caller.of(authentication), id, request, reason(emergency));
	}

	/** The paper: an A5 PDF with the QR code that verifies it, as an attachment. */
	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable @Size(max = 64) String id, Authentication authentication) {
		byte[] pdf = this.documents.pdf(Caller.of(authentication), id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("prescription-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	@PostMapping("/{id}/fill")
	PrescriptionView fill(@PathVariable @Size(max = 64) String id, @Valid @RequestBody FillRequest request,
			Authentication authentication) {
		return this.prescriptions.fill(Caller.of(authentication), id, request, Optional.empty());
	}

	private static Optional<EmergencyReason> reason(String header) {
		return EmergencyReason.fromHeader(header);
	}

}
