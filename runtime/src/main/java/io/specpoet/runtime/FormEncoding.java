package io.specpoet.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes a body given as a JSON tree as {@code application/x-www-form-urlencoded} or {@code
 * multipart/form-data}; see {@link ApiRequest.Builder#formBody} and {@link
 * ApiRequest.Builder#multipartBody} for the rules.
 */
final class FormEncoding {

    private FormEncoding() {}

    /** The body as {@code name=value} pairs joined by {@code &}. */
    static byte[] urlEncoded(JsonNode body) {
        StringJoiner pairs = new StringJoiner("&");
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(body); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                // Form style with explode, as OpenAPI has it by default: the name repeats.
                for (JsonNode element : value) {
                    addPairs(pairs, field.getKey(), element);
                }
            } else {
                addPairs(pairs, field.getKey(), value);
            }
        }
        return pairs.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Nested objects and arrays get bracketed keys: {@code a[b][0]=c}. */
    private static void addPairs(StringJoiner pairs, String name, JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return;
        }
        if (value.isObject()) {
            value.fields().forEachRemaining(f -> addPairs(pairs, name + "[" + f.getKey() + "]", f.getValue()));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                addPairs(pairs, name + "[" + i + "]", value.get(i));
            }
        } else {
            pairs.add(UriEncoding.queryComponent(name) + "=" + UriEncoding.queryComponent(text(value)));
        }
    }

    /** The body as parts separated by {@code --boundary}. */
    static byte[] multipart(JsonNode body, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(body); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                for (JsonNode element : value) {
                    addPart(out, boundary, field.getKey(), element);
                }
            } else {
                addPart(out, boundary, field.getKey(), value);
            }
        }
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void addPart(ByteArrayOutputStream out, String boundary, String name, JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return;
        }
        String disposition = "Content-Disposition: form-data; name=\"" + quote(name) + "\"";
        write(out, "--" + boundary + "\r\n");
        if (value.isBinary()) {
            write(out, disposition + "; filename=\"" + quote(name) + "\"\r\n");
            write(out, "Content-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(binary(value));
        } else if (value.isContainerNode()) {
            write(out, disposition + "\r\nContent-Type: application/json\r\n\r\n");
            write(out, value.toString());
        } else {
            write(out, disposition + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
            write(out, text(value));
        }
        write(out, "\r\n");
    }

    private static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode body) {
        if (!body.isObject()) {
            throw new IllegalArgumentException(
                    "a form or multipart body must be an object with properties, not " + body.getNodeType());
        }
        return body.fields();
    }

    private static String text(JsonNode value) {
        return value.isBinary() ? Base64.getEncoder().encodeToString(binary(value)) : value.asText();
    }

    private static byte[] binary(JsonNode value) {
        try {
            return value.binaryValue();
        } catch (IOException e) {
            throw new IllegalStateException("a binary JSON node without bytes", e);
        }
    }

    /** A name inside a quoted header parameter, escaped as browsers do (WHATWG HTML). */
    private static String quote(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
