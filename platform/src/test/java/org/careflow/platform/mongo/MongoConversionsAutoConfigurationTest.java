package org.careflow.platform.mongo;

import java.time.LocalDate;
import java.util.Date;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import static org.assertj.core.api.Assertions.assertThat;

class MongoConversionsAutoConfigurationTest {

	private static final LocalDate BIRTH_DATE = LocalDate.of(1990, 4, 12);

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MongoConversionsAutoConfiguration.class,
				DataMongoAutoConfiguration.class, MongoAutoConfiguration.class));

	/**
	 * Left as a LocalDate for the driver's codec, which writes UTC midnight; Spring
	 * Data's own converter would turn it into a Date at midnight in the JVM's zone.
	 */
	@Test
	void javaTimeValuesAreLeftToTheDriversUtcCodecs() {
		this.contexts.run((context) -> {
			assertThat(context).hasSingleBean(MongoCustomConversions.class);

			assertThat(written(context.getBean(MappingMongoConverter.class)).get("birthDate")).isEqualTo(BIRTH_DATE);
		});
	}

	@Test
	void aServicesOwnConversionsAreKept() {
		this.contexts.withBean(MongoCustomConversions.class, () -> MongoCustomConversions.create((conversions) -> {
		})).run((context) -> {
			assertThat(context).hasSingleBean(MongoCustomConversions.class);

			assertThat(written(context.getBean(MappingMongoConverter.class)).get("birthDate")).isInstanceOf(Date.class);
		});
	}

	private static Document written(MappingMongoConverter converter) {
		Document document = new Document();
		converter.write(new Profile("p-1", BIRTH_DATE), document);
		return document;
	}

	record Profile(String id, LocalDate birthDate) {
	}

}
