package org.careflow.patient.records;

import java.util.List;
import java.util.Map;

import org.careflow.patient.chart.ChartItSupport;
import org.careflow.testinfra.QrDecoder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A medical record's QR code: the patient gets it, anyone verifies it (who wrote it,
 * when, its status — nothing of what it says), and a record changed since verifies as
 * superseded.
 */
class RecordDocumentsIT extends ChartItSupport {

	@Test
	void aRecordsQrCodeVerifiesAndIsSupersededOnceTheRecordChanges() {
		NewPatient patient = newPatient("Rec", "Ord");
		putInCareOf(HOUSE, patient.id());
		ResponseEntity<JsonNode> written = call(HttpMethod.POST, "/api/records", tokenOf("doctor"),
				Map.of("patientId", patient.id(), "kind", "diagnosis", "text", "Seasonal asthma"));
		assertThat(written.getStatusCode().value()).as("%s", written.getBody()).isEqualTo(201);
		String id = written.getBody().get("id").asString();

		String link = QrDecoder.decode(qrCode(id, patient.token()).getBody());
		String path = link.substring(link.indexOf("/verify/"));
		JsonNode verified = verify(path).getBody();
		assertThat(verified.get("genuine").asBoolean()).isTrue();
		assertThat(verified.get("kind").asString()).isEqualTo("record");
		assertThat(verified.get("status").asString()).isEqualTo("active");
		assertThat(verified.get("prescriber").asString()).isNotBlank().isNotEqualTo(HOUSE);
		assertThat(verified.toString()).doesNotContain("asthma");
		assertThat(qrCode(id, tokenOf("pharmacist")).getStatusCode().value()).isEqualTo(403);

		ResponseEntity<JsonNode> resolved = call(HttpMethod.PUT, "/api/records/" + id, tokenOf("doctor"),
				Map.of("kind", "diagnosis", "text", "Seasonal asthma", "status", "resolved", "version", 0));
		assertThat(resolved.getStatusCode().value()).as("%s", resolved.getBody()).isEqualTo(200);
		assertThat(verify(path).getStatusCode().value()).as("the paper shows an older version").isEqualTo(410);
		String newLink = QrDecoder.decode(qrCode(id, tokenOf("doctor")).getBody());
		assertThat(verify(newLink.substring(newLink.indexOf("/verify/"))).getBody().get("status").asString())
			.startsWith("completed on ");
	}

	private ResponseEntity<byte[]> qrCode(String id, String token) {
		return this.http.get()
			.uri("/api/qr/" + id)
			.headers((headers) -> headers.setBearerAuth(token))
			.retrieve()
			.toEntity(byte[].class);
	}

	private ResponseEntity<JsonNode> verify(String path) {
		HttpHeaders json = new HttpHeaders();
		json.setAccept(List.of(MediaType.APPLICATION_JSON));
		return call(HttpMethod.GET, path, null, null, json);
	}

}
