package org.careflow.patient.config;

import org.careflow.patient.domain.Patient;
import org.careflow.platform.outbox.OutboxCollections;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.index.Index;

@Configuration(proxyBeanMethods = false)
class MongoConfig {

	/**
	 * The driver's own java.time codecs store dates in UTC; Spring Data's converters
	 * would use the JVM's zone, so a birth date could shift by a day between hosts.
	 */
	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
	}

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
		return OutboxCollections.of(Patient.COLLECTION);
	}

}
