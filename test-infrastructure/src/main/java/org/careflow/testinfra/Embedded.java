package org.careflow.testinfra;

import java.util.List;

import org.careflow.localstack.EmbeddedKafka;
import org.careflow.localstack.EmbeddedMongo;
import org.careflow.localstack.EmbeddedSmtp;
import org.careflow.localstack.ReceivedMail;

/**
 * The servers of the local stack, in this JVM, on random ports; stopped when the JVM
 * exits.
 */
final class Embedded {

	private Embedded() {
	}

	static KafkaEndpoint kafka() {
		EmbeddedKafka kafka = closedAtExit(EmbeddedKafka.start(0));
		return kafka::bootstrapServers;
	}

	static MongoEndpoint mongo() {
		EmbeddedMongo mongo = closedAtExit(EmbeddedMongo.inMemory(0));
		return mongo::connectionString;
	}

	static SmtpEndpoint smtp() {
		EmbeddedSmtp smtp = closedAtExit(EmbeddedSmtp.start(0, 0));
		return new SmtpEndpoint() {

			@Override
			public String host() {
				return "127.0.0.1";
			}

			@Override
			public int port() {
				return smtp.smtpPort();
			}

			@Override
			public List<ReceivedMail> messagesTo(String address) {
				return smtp.messagesTo(address);
			}

		};
	}

	static KeycloakEndpoint keycloak(SmtpEndpoint smtp) {
		return EmbeddedKeycloak.start(smtp);
	}

	static <T extends AutoCloseable> T closedAtExit(T server) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
			}
			catch (Exception ignored) {
				// the JVM is going away
			}
		}));
		return server;
	}

}
