package org.careflow.platform.health;

import com.mongodb.client.MongoClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** Replaces Boot's MongoDB health indicator (same bean name) with one that uses ping. */
@AutoConfiguration(
		beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
		afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.AbstractHealthIndicator")
public class HealthAutoConfiguration {

	@Bean
	@ConditionalOnBean(MongoClient.class)
	MongoPingHealthIndicator mongoHealthIndicator(MongoClient mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

}
