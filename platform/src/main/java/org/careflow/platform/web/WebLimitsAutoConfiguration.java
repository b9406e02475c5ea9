package org.careflow.platform.web;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Input limits and strictness for every servlet service: a body limit, whole numbers that
 * are whole, and a problem answer for requests the firewall refuses.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebLimitsProperties.class)
public class WebLimitsAutoConfiguration {

	/**
	 * A whole number must arrive as one: Jackson would read {@code "30"} or {@code 30.5}
	 * as 30, guessing at a client's mistake instead of reporting it.
	 */
	@Bean
	JsonMapperBuilderCustomizer wholeNumbersOnly() {
		return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.withCoercionConfig(LogicalType.Integer,
					coercion -> coercion.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
	}

	/**
	 * A request Spring Security's firewall refuses (control characters or encoded slashes
	 * in the path, say) gets the same 400 problem as any other bad input.
	 */
	@Bean
	RequestRejectedHandler problemRequestRejectedHandler() {
		return (request, response, rejected) -> {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
						+ "\"detail\":\"The request's path or headers are not acceptable.\"}");
		};
	}

	/** First of all filters: an oversized body costs nothing, not even a token check. */
	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebLimitsProperties limits) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(limits.maxRequestBody().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
