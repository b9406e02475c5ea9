package org.careflow.notification.messages;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What was sent, planned, revoked or failed for a patient, read from the message log:
 * never the text.
 */
public class MessageHistory implements InitializingBean {

	private final MessageLog messageLog;

	public MessageHistory(MongoTemplate mongo, Clock clock) {
		this.messageLog = new MessageLog(mongo, clock);
	}

	@Override
	public void afterPropertiesSet() {
		this.messageLog.ensureIndexes();
	}

	/**
	 * A page of the patient's messages, newest first.
	 * @param limit how many at most (one more than a page, to tell if another follows)
	 */
	public List<MessageLogEntry> ofPatient(String patientId, long skip, int limit) {
		return this.messageLog.ofPatient(patientId, skip, limit);
	}

	/**
	 * Takes the address and subject out of every message of an anonymised patient: the
	 * log keeps what kind of email went when, about which appointment, not to whom.
	 * @return how many entries were changed
	 */
	public long forgetRecipient(String patientId) {
		return this.messageLog.forgetRecipient(patientId);
	}

}
