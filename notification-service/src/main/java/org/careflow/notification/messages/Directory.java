package org.careflow.notification.messages;

import java.util.Optional;

/** Who the people named in events are, as far as this service has learned. */
public interface Directory {

	Optional<Recipient> patient(String patientId);

	Optional<DoctorName> doctor(String doctorId);

}
