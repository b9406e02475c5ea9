package org.careflow.platform.openapi;

import org.careflow.platform.security.CareFlowSecurityProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The parts of every service's OpenAPI document that springdoc cannot read from the
 * controllers: the RFC 9457 problems, the Keycloak sign-in, and which operations are
 * public (asked of the service's own security chain, so the document cannot drift from
 * it).
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(CareFlowSecurityProperties.class)
public class OpenApiAutoConfiguration {

	@Bean
	OpenApiCustomizer careFlowOpenApi(@Value("${spring.application.name:careflow}") String service,
			CareFlowSecurityProperties security, ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
		return new CareFlowOpenApi(service, KeycloakSignIn.of(security.issuerUri()), new PublicOperations(privileges));
	}

}
