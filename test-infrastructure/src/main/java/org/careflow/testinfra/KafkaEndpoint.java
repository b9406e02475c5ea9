package org.careflow.testinfra;

/** A running Kafka broker. */
public interface KafkaEndpoint {

	String bootstrapServers();

}
