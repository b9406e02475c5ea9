package org.careflow.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls to the running gateway, as an API client makes them. */
final class GatewayClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http;

	private final String baseUrl;

	GatewayClient(int port) {
		this(HTTP, port);
	}

	private GatewayClient(HttpClient http, int port) {
		this.http = http;
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	/**
	 * A client calling from another loopback address (any of 127.0.0.0/8), so the gateway
	 * sees another client address.
	 */
	static GatewayClient from(String clientAddress, int port) {
		try {
			return new GatewayClient(HttpClient.newBuilder().localAddress(InetAddress.getByName(clientAddress)).build(),
					port);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	HttpResponse<String> get(String path, String token, String... headerNamesAndValues) {
		HttpRequest.Builder request = request(path, token).GET();
		return send((headerNamesAndValues.length > 0) ? request.headers(headerNamesAndValues) : request);
	}

	HttpResponse<String> head(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.method("HEAD", HttpRequest.BodyPublishers.noBody()));
	}

	/** A GET with the {@code Authorization} header exactly as given. */
	HttpResponse<String> getWithAuthorization(String path, String authorization) {
		return send(
				HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Authorization", authorization).GET());
	}

	HttpResponse<String> post(String path, String token, String json) {
		return post(path, token, HttpRequest.BodyPublishers.ofString(json));
	}

	HttpResponse<String> post(String path, String token, HttpRequest.BodyPublisher body) {
		return send(request(path, token).header("Content-Type", "application/json").POST(body));
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path));
		return (token != null) ? request.header("Authorization", "Bearer " + token) : request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
