package org.careflow.notification.config;

import java.time.Clock;

import org.careflow.notification.messages.Directory;
import org.careflow.notification.messages.MessageDelivery;
import org.careflow.notification.messages.MessagePlanner;
import org.careflow.notification.messages.StoredCalendarChain;
import org.careflow.notification.messages.PooledMailSender;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	MessagePlanner messagePlanner(Directory directory, SenderProperties sender, MongoTemplate mongo) {
		return new MessagePlanner(directory, sender.apiUrl(), new StoredCalendarChain(mongo), sender.organizer());
	}

	/**
	 * Spring Boot's sender, configured from {@code spring.mail.*}, over kept-open
	 * connections.
	 */
	@Bean
	PooledMailSender pooledMailSender(JavaMailSenderImpl mailSender) {
		return new PooledMailSender(mailSender);
	}

	@Bean
	MessageDelivery messageDelivery(MongoTemplate mongo, Clock clock, PooledMailSender mailSender,
			SenderProperties sender) {
		return new MessageDelivery(mongo, clock, mailSender, sender.from());
	}

}
