package org.careflow.testinfra;

import java.lang.reflect.Method;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class OpenApiCoverageTest {

	private static final String DOCUMENT = """
			{"openapi":"3.1.0","paths":{
			  "/api/appointments/{appointmentId}":{"get":{},"parameters":[]},
			  "/api/appointments":{"post":{}},
			  "/links/{token}":{"get":{},"post":{}}}}
			""";

	@Test
	void anEndpointTheDocumentLeavesOutFailsTheCheck() throws Exception {
		RequestMappingHandlerMapping mappings = mappings();
		// the made-up extra endpoint, mapped but not described
		register(mappings, "/api/appointments/{id}/extra", RequestMethod.POST);

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> OpenApiCoverage.assertDocumentsEveryEndpoint(mappings, DOCUMENT))
			.withMessageContaining("POST /api/appointments/{}/extra");
	}

	@Test
	void aDescribedMethodOnAnotherPathDoesNotCount() throws Exception {
		RequestMappingHandlerMapping mappings = mappings();
		register(mappings, "/api/appointments/{id}", RequestMethod.DELETE);

		assertThat(OpenApiCoverage.undocumented(OpenApiCoverage.mapped(mappings), OpenApiCoverage.documented(DOCUMENT)))
			.containsExactly("DELETE /api/appointments/{}");
	}

	@Test
	void variablesMatchWhateverTheirNamesAndInternalErrorAndDocsAreLeftOut() throws Exception {
		RequestMappingHandlerMapping mappings = mappings();
		register(mappings, "/internal/slot-claims", RequestMethod.POST);
		register(mappings, "/error", RequestMethod.GET);
		register(mappings, "/v3/api-docs", RequestMethod.GET);

		assertThatNoException().isThrownBy(() -> OpenApiCoverage.assertDocumentsEveryEndpoint(mappings, DOCUMENT));
	}

	@Test
	void aMappingForEveryMethodNeedsOneDescribedMethod() {
		assertThat(OpenApiCoverage.undocumented(Set.of("* /links/{}", "* /api/nowhere"),
				OpenApiCoverage.documented(DOCUMENT)))
			.containsExactly("* /api/nowhere");
	}

	@Test
	void queriesAreNotPartOfThePath() {
		assertThat(OpenApiCoverage.normalize("/api/appointments?doctorId={doctorId}&date={date}"))
			.isEqualTo("/api/appointments");
		assertThat(OpenApiCoverage.normalize("/api/schedules/{doctorId}/exceptions/{exceptionId}"))
			.isEqualTo("/api/schedules/{}/exceptions/{}");
	}

	/** The mappings of a service whose documented endpoints are all there. */
	private static RequestMappingHandlerMapping mappings() throws Exception {
		RequestMappingHandlerMapping mappings = new RequestMappingHandlerMapping();
		register(mappings, "/api/appointments/{id}", RequestMethod.GET);
		register(mappings, "/api/appointments", RequestMethod.POST);
		register(mappings, "/links/{token}", RequestMethod.GET, RequestMethod.POST);
		return mappings;
	}

	private static void register(RequestMappingHandlerMapping mappings, String path, RequestMethod... methods)
			throws Exception {
		Method handler = Handler.class.getDeclaredMethod("handle");
		mappings.registerMapping(RequestMappingInfo.paths(path).methods(methods).build(), new Handler(), handler);
	}

	static class Handler {

		String handle() {
			return "";
		}

	}

}
