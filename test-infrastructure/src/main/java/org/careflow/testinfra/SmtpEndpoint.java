package org.careflow.testinfra;

import java.util.List;

import org.careflow.localstack.ReceivedMail;

/** A running SMTP server whose received mail can be read back. */
public interface SmtpEndpoint {

	String host();

	int port();

	List<ReceivedMail> messagesTo(String address);

}
