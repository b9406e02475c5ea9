package org.careflow.doctor.departments;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where patient-service is, asked who belongs to a department before it is removed. */
@ConfigurationProperties("careflow.patient-service")
record PatientServiceProperties(@DefaultValue("http://localhost:8081") String baseUrl,
		@DefaultValue("500ms") Duration connectTimeout, @DefaultValue("2s") Duration readTimeout) {
}
