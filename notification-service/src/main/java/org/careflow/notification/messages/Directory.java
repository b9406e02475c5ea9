package org.careflow.notification.messages;

import java.util.Optional;

/** Who the people named in events are, as far as this service has learned. */
public interface Directory {

	Optional<Recipient> patient(String patientId);

	Optional<DoctorName> doctor(String doctorId);

	/** Where the doctor is told about their calendar, if their address is known. */
	Optional<Recipient> doctorAddress(String doctorId);

}
