package io.specpoet.generator.model;

import java.util.List;
import java.util.Map;

/**
 * One HTTP operation, as an API class method.
 *
 * @param javaName the method name; with the suffixes {@code Async}, {@code WithResponse} and
 *     {@code Request} it names the operation's other methods, all free in the API class
 * @param path the path template, relative to the base URI
 * @param requestBody the request body, or null
 * @param requestBodyEncoding how the request body is written, or null without one
 * @param requestMediaType the media type the request body is sent as, or null without one
 * @param successType the type of the 2xx body, or null when the success response has none
 * @param successMediaTypes the media types to accept when the success body is not JSON (it is
 *     then {@code byte[]}), comma-separated; null for JSON
 * @param bodilessSuccessStatuses the 2xx statuses declared without content (besides 204 and
 *     205, which never have one) when another 2xx has the success body; ascending
 * @param errorTypes the declared JSON body of each error status
 * @param defaultErrorType the body of the {@code default} response, or null
 * @param idempotent whether a failed attempt may be retried
 */
public record OperationModel(
        String operationId,
        String javaName,
        String httpMethod,
        String path,
        String summary,
        String description,
        boolean deprecated,
        String pointer,
        List<ParameterModel> parameters,
        ParameterModel requestBody,
        BodyEncoding requestBodyEncoding,
        String requestMediaType,
        TypeUse successType,
        String successMediaTypes,
        List<Integer> bodilessSuccessStatuses,
        Map<Integer, TypeUse> errorTypes,
        TypeUse defaultErrorType,
        boolean idempotent) {}
