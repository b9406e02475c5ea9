package org.careflow.platform.mongo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Stores java.time values with the MongoDB driver's own codecs, which work in UTC. Spring
 * Data's converters would use the JVM's zone, so a birth date could shift by a day
 * between hosts. Runs before Boot's Mongo data configuration, whose conversions bean then
 * backs off; a service that declares its own keeps it.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoCustomConversions.class)
public class MongoConversionsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MongoCustomConversions mongoCustomConversions() {
		return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
	}

}
