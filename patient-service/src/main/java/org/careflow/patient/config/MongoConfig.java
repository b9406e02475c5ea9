package org.careflow.patient.config;

import java.util.Arrays;
import java.util.stream.Stream;

import org.careflow.patient.admission.Admissions;
import org.careflow.patient.chart.ChartArea;
import org.careflow.patient.domain.Patient;
import org.careflow.platform.outbox.OutboxCollections;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** Indexes and outbox; java.time is stored in UTC by the platform's conversions. */
@Configuration(proxyBeanMethods = false)
class MongoConfig {

	/**
	 * One profile per email, enforced by the store even if two registrations race.
	 * Created before the web server accepts requests (auto index creation is deprecated).
	 */
	@Bean
	InitializingBean patientIndexes(MongoTemplate mongo) {
		return () -> mongo.indexOps(Patient.class)
			.createIndex(new Index("email", Sort.Direction.ASC).unique().named("unique_email"));
	}

	@Bean
	OutboxCollections outboxCollections() {
		// every part of the chart stores its events in its own entries; admissions theirs
		Stream<String> chart = Arrays.stream(ChartArea.values()).map(ChartArea::collection);
		return OutboxCollections
			.of(Stream.concat(Stream.of(Patient.COLLECTION, Admissions.COLLECTION), chart).toArray(String[]::new));
	}

}
