package org.careflow.doctor.departments;

import org.careflow.platform.identity.ServiceTokenInterceptor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.client.RestClient;

/** The patient-service client, given this service's own token for its calls. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PatientServiceProperties.class)
class DepartmentMembersConfiguration {

	@Bean
	PatientMembersClient patientMembersClient(RestClient.Builder builder, PatientServiceProperties properties,
			ServiceTokenInterceptor serviceToken) {
		return new PatientMembersClient(builder, properties, serviceToken);
	}

	/** After the service's own staff: see {@code DepartmentAdministration}. */
	@Bean
	@Order(2)
	PatientsOfDepartment patientsOfDepartment(PatientMembersClient client) {
		return new PatientsOfDepartment(client);
	}

}
