package org.careflow.doctor.staff;

import org.careflow.platform.identity.ServiceTokenInterceptor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The scheduling client, given this service's own token for its calls. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ StaffProperties.class, SchedulingProperties.class })
class StaffConfiguration {

	@Bean
	RetirementClient retirementClient(RestClient.Builder builder, SchedulingProperties properties,
			ServiceTokenInterceptor serviceToken) {
		return new RetirementClient(builder, properties, serviceToken);
	}

	@Bean
	DoctorRetirement doctorRetirement(RetirementClient client) {
		return new DoctorRetirement(client);
	}

}
