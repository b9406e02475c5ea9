package org.careflow.appointment.scheduling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the scheduling service is and how long a booking waits for it. The timeouts keep
 * a booking's answer within two seconds even with one retry when scheduling is down.
 */
@ConfigurationProperties("careflow.scheduling")
record SchedulingProperties(@DefaultValue("http://localhost:8083") String url,
		@DefaultValue("500ms") Duration connectTimeout, @DefaultValue("800ms") Duration readTimeout) {
}
