package org.careflow.patient.documents;

import java.nio.file.Path;

import org.careflow.patient.documents.prescription.Clinic;
import org.careflow.patient.documents.prescription.DocumentFonts;
import org.careflow.patient.documents.prescription.PrescriptionPdf;
import org.careflow.patient.documents.prescription.PrescriptionTemplate;
import org.careflow.patient.documents.qr.QrCodes;
import org.careflow.patient.documents.verify.VerificationLinks;
import org.careflow.platform.links.LinkSigner;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The documents' components, built from configuration when the service starts: a
 * template, logo or URL that cannot be used stops the start with a message naming it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DocumentProperties.class, ClinicProperties.class })
class DocumentsConfiguration {

	@Bean
	QrCodes qrCodes() {
		return new QrCodes();
	}

	@Bean
	VerificationLinks verificationLinks(LinkSigner signer, DocumentProperties properties) {
		return new VerificationLinks(signer, properties.publicUrl());
	}

	@Bean
	PrescriptionPdf prescriptionPdf(DocumentProperties properties, ClinicProperties clinic, QrCodes qrCodes) {
		PrescriptionTemplate template = properties.prescriptionTemplate().isBlank() ? PrescriptionTemplate.builtIn()
				: PrescriptionTemplate.fromFile(Path.of(properties.prescriptionTemplate().strip()));
		return new PrescriptionPdf(template,
				new Clinic(clinic.name(), clinic.address(), ClinicLogo.read(clinic.logo())), qrCodes,
				DocumentFonts.bundled());
	}

}
