package org.careflow.notification.config;

import java.time.Clock;

import org.careflow.notification.deadletters.DeadLetterReplay;
import org.careflow.notification.messages.ActionLinks;
import org.careflow.notification.messages.Directory;
import org.careflow.notification.messages.EmailTemplates;
import org.careflow.notification.messages.MessageDelivery;
import org.careflow.notification.messages.MessageHistory;
import org.careflow.notification.messages.MessagePlanner;
import org.careflow.notification.messages.StoredCalendarChain;
import org.careflow.notification.messages.PooledMailSender;
import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkProperties.class)
class NotificationConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Signs the emails' action links with {@code LINK_SIGNING_KEY}, which has no default:
	 * without it the properties fail validation and the service does not start.
	 */
	@Bean
	LinkSigner linkSigner(LinkProperties properties, Clock clock) {
		return new LinkSigner(properties, clock);
	}

	@Bean
	ActionLinks actionLinks(LinkSigner signer, PublicUrlProperties publicUrl, VerifyEmailLinkProperties verifyEmail) {
		return new ActionLinks(signer, publicUrl.url(), verifyEmail.verifyEmailValidity());
	}

	/**
	 * Read and compiled here, once: a broken template stops the start, naming its file.
	 */
	@Bean
	EmailTemplates emailTemplates(EmailTemplateProperties properties) {
		return EmailTemplates.load(properties.overrides());
	}

	@Bean
	MessagePlanner messagePlanner(Directory directory, ActionLinks links, SenderProperties sender,
			ClinicProperties clinic, EmailTemplates templates, MongoTemplate mongo) {
		return new MessagePlanner(directory, links, new StoredCalendarChain(mongo), sender.organizer(), clinic.clinic(),
				templates);
	}

	/**
	 * Spring Boot's sender, configured from {@code spring.mail.*}, over kept-open
	 * connections.
	 */
	@Bean
	PooledMailSender pooledMailSender(JavaMailSenderImpl mailSender, SmtpProperties smtp) {
		smtp.applyTo(mailSender);
		return new PooledMailSender(mailSender);
	}

	@Bean
	DeadLetterReplay deadLetterReplay(ConsumerFactory<String, String> consumers,
			KafkaTemplate<String, String> producer) {
		return new DeadLetterReplay(consumers, producer);
	}

	@Bean
	MessageHistory messageHistory(MongoTemplate mongo, Clock clock) {
		return new MessageHistory(mongo, clock);
	}

	@Bean
	MessageDelivery messageDelivery(MongoTemplate mongo, Clock clock, PooledMailSender mailSender,
			SenderProperties sender) {
		return new MessageDelivery(mongo, clock, mailSender, sender.from());
	}

}
