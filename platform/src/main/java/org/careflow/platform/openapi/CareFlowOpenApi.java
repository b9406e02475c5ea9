package org.careflow.platform.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes the document springdoc reads from the controllers. {@code /internal/**} is
 * left out: those operations take only another service's token and the gateway does not
 * route them, so they are no part of the public API.
 */
final class CareFlowOpenApi implements OpenApiCustomizer {

	static final String INTERNAL = "/internal/";

	private final String service;

	private final KeycloakSignIn signIn;

	private final PublicOperations publicOperations;

	CareFlowOpenApi(String service, KeycloakSignIn signIn, PublicOperations publicOperations) {
		this.service = service;
		this.signIn = signIn;
		this.publicOperations = publicOperations;
	}

	@Override
	public void customise(OpenAPI openApi) {
		openApi.info(new Info().title("CareFlow " + this.service)
			.version("1")
			.description("Through the gateway: every path below is public API; a bearer token from Keycloak's "
					+ "realm careflow is needed unless an operation says otherwise."));
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		openApi.components(components.addSchemas(ProblemResponses.SCHEMA, ProblemResponses.schema())
			.addSecuritySchemes(KeycloakSignIn.SCHEME, this.signIn.scheme()));
		Paths paths = (openApi.getPaths() != null) ? openApi.getPaths() : new Paths();
		paths.keySet().removeIf((path) -> path.startsWith(INTERNAL));
		paths.forEach(this::describe);
		openApi.paths(paths);
	}

	private void describe(String path, PathItem item) {
		for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
			Operation operation = entry.getValue();
			boolean isPublic = this.publicOperations.isPublic(path, entry.getKey().name());
			// public operations carry an explicit empty requirement: "no token needed"
			operation
				.setSecurity(isPublic ? List.of() : List.of(new SecurityRequirement().addList(KeycloakSignIn.SCHEME)));
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
			// the problems replace springdoc's guesses from the exception handlers (*/*
			// content)
			for (Map.Entry<String, ApiResponse> problem : ProblemResponses.forOperation(entry.getKey(), path, isPublic)
				.entrySet()) {
				responses.addApiResponse(problem.getKey(), problem.getValue());
			}
			operation.setResponses(responses);
		}
	}

}
