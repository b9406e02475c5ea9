package org.careflow.doctor.config;

import org.careflow.doctor.departments.Department;
import org.careflow.doctor.domain.Doctor;
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
	 * One doctor per email, enforced by the store even if two admins race; the directory
	 * is listed by name; a department's doctors are listed by name too, and counted
	 * before the department may be removed (the same index serves both). Created before
	 * the web server accepts requests (auto index creation is deprecated).
	 */
	@Bean
	InitializingBean doctorIndexes(MongoTemplate mongo) {
		return () -> {
			mongo.indexOps(Doctor.class)
				.createIndex(new Index("email", Sort.Direction.ASC).unique().named("unique_email"));
			mongo.indexOps(Doctor.class)
				.createIndex(new Index("lastName", Sort.Direction.ASC).on("firstName", Sort.Direction.ASC)
					.named("directory_order"));
			mongo.indexOps(Doctor.class)
				.createIndex(new Index(Doctor.DEPARTMENT_ID, Sort.Direction.ASC).on("lastName", Sort.Direction.ASC)
					.on("firstName", Sort.Direction.ASC)
					.named("department_directory_order"));
		};
	}

	/** Doctors and departments carry their events for the relay. */
	@Bean
	OutboxCollections outboxCollections() {
		return OutboxCollections.of(Doctor.COLLECTION, Department.COLLECTION);
	}

}
