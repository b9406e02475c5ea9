package org.careflow.testinfra;

/** A running server speaking the MongoDB wire protocol. */
public interface MongoEndpoint {

	/** {@code mongodb://host:port}, without a database. */
	String connectionString();

	default String uri(String database) {
		return connectionString() + "/" + database;
	}

}
