package org.careflow.patient.config;

import java.util.Arrays;
import java.util.stream.Stream;

import org.careflow.patient.admission.Admissions;
import org.careflow.patient.chart.ChartArea;
import org.careflow.patient.domain.Patient;
import org.careflow.platform.outbox.OutboxCollections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox's collections; java.time is stored in UTC by the platform's conversions. The
 * unique email index is on the email's blind index term (package {@code crypto}).
 */
@Configuration(proxyBeanMethods = false)
class MongoConfig {

	@Bean
	OutboxCollections outboxCollections() {
		// every part of the chart stores its events in its own entries; admissions theirs
		Stream<String> chart = Arrays.stream(ChartArea.values()).map(ChartArea::collection);
		return OutboxCollections
			.of(Stream.concat(Stream.of(Patient.COLLECTION, Admissions.COLLECTION), chart).toArray(String[]::new));
	}

}
