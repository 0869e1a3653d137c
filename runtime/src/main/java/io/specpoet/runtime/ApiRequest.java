package io.specpoet.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.specpoet.runtime.json.UnionWrapper;
import io.specpoet.runtime.time.Rfc3339;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One API call, as generated code describes it: method, path, query, headers and cookies, body
 * (JSON, form, multipart or raw bytes), whether it may be retried, and how to decode error bodies.
 * Immutable and thread-safe; built with {@link #builder(String, String)}:
 *
 * <pre>{@code
 * ApiRequest request =
 *     ApiRequest.builder("GET", "/v1/projects/{projectId}/services/{serviceId}")
 *         .operationId("getService")
 *         .pathParameter("projectId", projectId)
 *         .pathParameter("serviceId", serviceId)
 *         .queryParameter("include", List.of("ports", "env"))
 *         .errorType(404, NorthflankError.class)
 *         .build();
 * }</pre>
 *
 * <p>Parameter values are written as text: {@link OffsetDateTime} and {@link LocalDate} in RFC
 * 3339 form, {@link BigDecimal} without an exponent, anything else (strings, numbers, booleans,
 * UUIDs, enums and generated enum classes) by {@code toString()}.
 *
 * <p>{@link #toString()} shows the method, the path, and the names (not the values) of query
 * parameters and headers.
 */
public final class ApiRequest {

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    /** RFC 9110 token characters, besides ALPHA and DIGIT. */
    private static final String TOKEN_MARKS = "!#$%&'*+-.^_`|~";

    private final String method;
    private final String pathTemplate;
    private final String path;
    private final String query;
    private final List<String> queryNames;
    private final Map<String, List<String>> headers;
    private final Object body;
    private final BodyEncoding bodyEncoding;
    private final String bodyContentType;
    private final boolean idempotent;
    private final Map<Integer, Class<?>> errorTypes;
    private final Class<?> defaultErrorType;
    private final Set<Integer> bodilessStatuses;
    private final String operationId;

    private ApiRequest(Builder b, String path) {
        this.method = b.method;
        this.pathTemplate = b.pathTemplate;
        this.path = path;
        this.query = b.query.length() == 0 ? null : b.query.toString();
        this.queryNames = List.copyOf(new LinkedHashSet<>(b.queryNames));
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        b.headers.forEach((name, values) -> h.put(name, List.copyOf(values)));
        if (!b.cookies.isEmpty()) {
            h.put("Cookie", List.of(String.join("; ", b.cookies)));
        }
        this.headers = Collections.unmodifiableMap(h);
        this.body = b.body;
        this.bodyEncoding = b.body == null ? null : b.bodyEncoding;
        this.bodyContentType = b.bodyContentType;
        this.idempotent = b.idempotent != null ? b.idempotent : IDEMPOTENT_METHODS.contains(b.method);
        this.errorTypes = Map.copyOf(b.errorTypes);
        this.defaultErrorType = b.defaultErrorType;
        this.bodilessStatuses = Set.copyOf(b.bodilessStatuses);
        this.operationId = b.operationId;
    }

    /**
     * Starts a request.
     *
     * @param method the HTTP method, such as {@code GET}
     * @param pathTemplate the path relative to the client's base URI, starting with {@code /}, with
     *     {@code {name}} for each path parameter. Its literal text is percent-encoded like the
     *     parameters, except for {@code /}.
     * @return a builder
     * @throws IllegalArgumentException if the method is not an HTTP token or the template is
     *     malformed
     */
    public static Builder builder(String method, String pathTemplate) {
        return new Builder(method, pathTemplate);
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path template, such as {@code /v1/projects/{projectId}}. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * The path with every parameter filled in and percent-encoded, such as {@code
     * /v1/projects/a%2Fb}.
     */
    public String path() {
        return path;
    }

    /**
     * The encoded query string without the {@code ?}, such as {@code a=1&b=x%20y}; or {@code null}
     * when there is none.
     */
    public @Nullable String query() {
        return query;
    }

    /** The headers the request sets, by name (case-insensitive); they override the client's. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The object to send as the JSON body, or {@code null} when there is none or it is not JSON. */
    public @Nullable Object jsonBody() {
        return bodyEncoding == BodyEncoding.JSON ? body : null;
    }

    /**
     * The body as it was given to the builder: an object for JSON, form and multipart bodies, a
     * {@code byte[]} for a raw body; or {@code null} for none.
     */
    public @Nullable Object body() {
        return body;
    }

    /** How {@link #body()} is written, or {@code null} when there is no body. */
    public @Nullable BodyEncoding bodyEncoding() {
        return bodyEncoding;
    }

    /** The media type of a raw body, as given to {@link Builder#body(byte[], String)}; else null. */
    public @Nullable String bodyContentType() {
        return bodyContentType;
    }

    /** Whether the request may be sent again after a failure. */
    public boolean idempotent() {
        return idempotent;
    }

    /**
     * The type to decode an error body of the given status as.
     *
     * @param statusCode the HTTP status
     * @return the type declared for that status, else the default error type, else {@code null}
     */
    public @Nullable Class<?> errorType(int statusCode) {
        Class<?> type = errorTypes.get(statusCode);
        return type != null ? type : defaultErrorType;
    }

    /**
     * Whether the operation declares a successful status without a body, besides the one whose
     * body it decodes; an empty body is then no error.
     *
     * @param statusCode the HTTP status
     * @return whether that status was {@linkplain Builder#bodilessStatus(int) declared bodiless}
     */
    public boolean bodilessStatus(int statusCode) {
        return bodilessStatuses.contains(statusCode);
    }

    /** The OpenAPI operationId, for messages; or {@code null}. */
    public @Nullable String operationId() {
        return operationId;
    }

    @Override
    public String toString() {
        StringBuilder out =
                new StringBuilder("ApiRequest[").append(method).append(' ').append(path);
        if (!queryNames.isEmpty()) {
            out.append(", query=").append(queryNames);
        }
        if (!headers.isEmpty()) {
            out.append(", headers=").append(headers.keySet());
        }
        if (body != null) {
            out.append(", body=")
                    .append(
                            bodyEncoding == BodyEncoding.RAW
                                    ? bodyContentType
                                    : bodyEncoding.name().toLowerCase(Locale.ROOT));
        }
        if (operationId != null) {
            out.append(", operationId=").append(operationId);
        }
        return out.append(']').toString();
    }

    /** Writes a parameter value as text (see the class documentation). */
    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof OffsetDateTime dateTime) {
            return Rfc3339.formatDateTime(dateTime);
        }
        if (value instanceof LocalDate date) {
            return Rfc3339.formatDate(date);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(value);
    }

    static boolean isToken(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || TOKEN_MARKS.indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether text may be sent as a header value: no control characters but tab. */
    static boolean isHeaderValue(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * Builds an {@link ApiRequest}. Not thread-safe; every method checks its arguments at once, so
     * a bad parameter fails before anything is sent.
     */
    public static final class Builder {
        private final String method;
        private final String pathTemplate;

        /** Literal (already encoded) text and parameter names, alternating: literal, name, ... */
        private final List<String> templateParts = new ArrayList<>();

        private final Map<String, String> pathValues = new HashMap<>();
        private final StringBuilder query = new StringBuilder();
        private final List<String> queryNames = new ArrayList<>();
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private final List<String> cookies = new ArrayList<>();
        private Object body;
        private BodyEncoding bodyEncoding;
        private String bodyContentType;
        private Boolean idempotent;
        private final Map<Integer, Class<?>> errorTypes = new HashMap<>();
        private Class<?> defaultErrorType;
        private final Set<Integer> bodilessStatuses = new HashSet<>();
        private String operationId;

        private Builder(String method, String pathTemplate) {
            if (!isToken(method)) {
                throw new IllegalArgumentException("not an HTTP method: '" + method + "'");
            }
            Objects.requireNonNull(pathTemplate, "pathTemplate");
            if (!pathTemplate.startsWith("/")) {
                throw new IllegalArgumentException("path template must start with '/': '" + pathTemplate + "'");
            }
            this.method = method;
            this.pathTemplate = pathTemplate;
            int pos = 0;
            while (true) {
                int open = pathTemplate.indexOf('{', pos);
                int close = pathTemplate.indexOf('}', pos);
                if (open < 0) {
                    if (close >= 0) {
                        throw malformed("'}' without '{'");
                    }
                    templateParts.add(encodeLiteral(pathTemplate.substring(pos)));
                    break;
                }
                if (close < open) {
                    throw malformed("'}' without '{'");
                }
                String name = pathTemplate.substring(open + 1, close);
                if (name.isEmpty() || name.indexOf('{') >= 0 || name.indexOf('/') >= 0) {
                    throw malformed("bad parameter '{" + name + "}'");
                }
                templateParts.add(encodeLiteral(pathTemplate.substring(pos, open)));
                templateParts.add(name);
                pos = close + 1;
            }
        }

        private IllegalArgumentException malformed(String problem) {
            return new IllegalArgumentException("malformed path template '" + pathTemplate + "': " + problem);
        }

        private static String encodeLiteral(String literal) {
            StringJoiner out = new StringJoiner("/");
            for (String segment : literal.split("/", -1)) {
                out.add(UriEncoding.pathSegment(segment));
            }
            return out.toString();
        }

        private boolean hasParameter(String name) {
            for (int i = 1; i < templateParts.size(); i += 2) {
                if (templateParts.get(i).equals(name)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Fills in a path parameter, percent-encoded as one path segment: everything but {@code A-Z
         * a-z 0-9 - . _ ~ ! $ & ' ( ) * + , ; = : @} is encoded as UTF-8, so {@code /}, {@code ?},
         * {@code #}, {@code %} and spaces stay inside the segment. A collection is written as its
         * elements separated by commas (OpenAPI's simple style), each element's own commas encoded.
         *
         * @param name the parameter's name in the template
         * @param value the value, or a collection of values
         * @return this builder
         * @throws NullPointerException if the value is {@code null}: path parameters are required
         * @throws IllegalArgumentException if the template has no such parameter, or the value's text
         *     is empty, {@code .} or {@code ..} (which would change the path's meaning)
         */
        public Builder pathParameter(String name, Object value) {
            value = UnionWrapper.unwrap(value);
            if (!hasParameter(name)) {
                throw new IllegalArgumentException(
                        "path template '" + pathTemplate + "' has no parameter '" + name + "'");
            }
            if (value == null) {
                throw new NullPointerException("path parameter '" + name + "' is required");
            }
            String encoded;
            try {
                if (value instanceof Collection<?> values) {
                    StringJoiner joined = new StringJoiner(",");
                    for (Object element : values) {
                        if (element != null) {
                            joined.add(UriEncoding.pathSegment(text(element)).replace(",", "%2C"));
                        }
                    }
                    encoded = joined.toString();
                } else {
                    encoded = UriEncoding.pathSegment(text(value));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("path parameter '" + name + "' is " + e.getMessage(), e);
            }
            if (encoded.isEmpty() || encoded.equals(".") || encoded.equals("..")) {
                throw new IllegalArgumentException("path parameter '" + name + "' must not be empty, '.' or '..'");
            }
            pathValues.put(name, encoded);
            return this;
        }

        /**
         * Adds a query parameter, form style with explode: {@code null} adds nothing, a collection
         * adds {@code name=element} for each element that is not {@code null}. Names and values are
         * percent-encoded as UTF-8; a space becomes {@code %20}, and {@code &}, {@code =}, {@code +}
         * and {@code #} are encoded.
         *
         * @param name the parameter name
         * @param value the value, a collection of values, or {@code null}
         * @return this builder
         */
        public Builder queryParameter(String name, @Nullable Object value) {
            value = UnionWrapper.unwrap(value);
            Objects.requireNonNull(name, "name");
            if (value instanceof Collection<?> values) {
                for (Object element : values) {
                    addQuery(name, element);
                }
            } else {
                addQuery(name, value);
            }
            return this;
        }

        /**
         * Adds a query parameter in an OpenAPI style. {@code null} adds nothing. Objects (maps,
         * generated records, JSON objects) are read as their JSON properties; JSON nulls are left out.
         *
         * <ul>
         *   <li>{@link QueryStyle#FORM} with explode: as {@link #queryParameter(String, Object)}, and
         *       an object adds {@code key=value} for each of its properties;
         *   <li>without explode, a collection is one {@code name=a,b} pair and an object one {@code
         *       name=k1,v1,k2,v2} pair ({@link QueryStyle#SPACE_DELIMITED} and {@link
         *       QueryStyle#PIPE_DELIMITED} join with an encoded space or {@code |} instead); each
         *       element is encoded on its own, so its commas stay apart from the separators;
         *   <li>{@link QueryStyle#DEEP_OBJECT}: {@code name[key]=value} for each property, with
         *       further brackets for nested objects and array indexes ({@code name[a][0]=v}); a
         *       collection gives {@code name[0]=v}, a scalar {@code name=v}.
         * </ul>
         *
         * @param name the parameter name
         * @param value the value, or {@code null}
         * @param style the style
         * @param explode whether arrays and objects are exploded ({@link QueryStyle#DEEP_OBJECT}
         *     always is)
         * @return this builder
         */
        public Builder queryParameter(String name, @Nullable Object value, QueryStyle style, boolean explode) {
            value = UnionWrapper.unwrap(value);
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(style, "style");
            if (value == null) {
                return this;
            }
            if (style == QueryStyle.DEEP_OBJECT) {
                addDeepObject(name, name, QueryValues.tree(value));
            } else if (explode) {
                if (QueryValues.isObject(value)) {
                    QueryValues.tree(value)
                            .fields()
                            .forEachRemaining(f -> addQueryText(name, f.getKey(), QueryValues.text(f.getValue())));
                } else {
                    queryParameter(name, value);
                }
            } else {
                String separator =
                        style == QueryStyle.SPACE_DELIMITED ? "%20" : style == QueryStyle.PIPE_DELIMITED ? "%7C" : ",";
                StringJoiner joined = new StringJoiner(separator);
                try {
                    for (String part : QueryValues.parts(value)) {
                        // A comma inside an element is encoded, so only the separators are literal commas.
                        joined.add(UriEncoding.queryComponent(part).replace(",", "%2C"));
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("query parameter '" + name + "' is " + e.getMessage(), e);
                }
                addQueryPair(name, UriEncoding.queryComponent(name) + "=" + joined);
            }
            return this;
        }

        private void addDeepObject(String parameter, String key, JsonNode value) {
            if (value.isObject()) {
                value.fields()
                        .forEachRemaining(f -> addDeepObject(parameter, key + "[" + f.getKey() + "]", f.getValue()));
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    addDeepObject(parameter, key + "[" + i + "]", value.get(i));
                }
            } else {
                addQueryText(parameter, key, QueryValues.text(value));
            }
        }

        private void addQuery(String name, Object value) {
            if (value != null) {
                addQueryText(name, name, text(value));
            }
        }

        /** Adds {@code key=text}, encoded, for the parameter {@code parameter}; null adds nothing. */
        private void addQueryText(String parameter, String key, String text) {
            if (text == null) {
                return;
            }
            try {
                addQueryPair(parameter, UriEncoding.queryComponent(key) + "=" + UriEncoding.queryComponent(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("query parameter '" + parameter + "' is " + e.getMessage(), e);
            }
        }

        private void addQueryPair(String parameter, String encodedPair) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(encodedPair);
            queryNames.add(parameter);
        }

        /**
         * Adds a header: {@code null} adds nothing, a collection is sent comma-separated. Headers the
         * request sets replace the client's headers of the same name ({@code Accept}, {@code
         * Content-Type}, ...).
         *
         * @param name the header name
         * @param value the value, or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the name is not an HTTP token, or the value has a line
         *     break or another control character (the value is not repeated in the message)
         */
        public Builder header(String name, @Nullable Object value) {
            value = UnionWrapper.unwrap(value);
            if (!isToken(name)) {
                throw new IllegalArgumentException("not an HTTP header name: '" + name + "'");
            }
            if (value == null) {
                return this;
            }
            String text = commaJoined(value, ApiRequest::text);
            if (!isHeaderValue(text)) {
                throw new IllegalArgumentException(
                        "header '" + name + "' has a control character or line break in its value");
            }
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    entry.getValue().add(text);
                    return this;
                }
            }
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(text);
            return this;
        }

        /**
         * Sets the body, written as JSON with the client's {@code ObjectMapper} each time the request
         * is sent, with {@code Content-Type: application/json}. The object is kept, not copied: do not
         * change it while the request is in use.
         *
         * @param body the body, or {@code null} for none
         * @return this builder
         */
        public Builder jsonBody(@Nullable Object body) {
            return body(body, BodyEncoding.JSON, null);
        }

        /**
         * Sets a body sent as {@code application/x-www-form-urlencoded}. The object (a generated
         * record or a map) is turned into a JSON tree with the client's {@code ObjectMapper} when the
         * request is sent, and each property becomes form fields: a scalar {@code name=value}, an
         * array one {@code name=element} per element, and an object {@code name[key]=value} for each
         * of its properties, nesting further brackets for nested objects and array indexes ({@code
         * name[key][0]=value}). JSON nulls are left out. Names and values are percent-encoded as UTF-8.
         *
         * @param body the body, an object with properties, or {@code null} for none
         * @return this builder
         */
        public Builder formBody(@Nullable Object body) {
            return body(body, BodyEncoding.FORM, null);
        }

        /**
         * Sets a body sent as {@code multipart/form-data}. The object is turned into a JSON tree as
         * for {@link #formBody}; each property becomes one part named after it: binary values ({@code
         * byte[]}) a file part of type {@code application/octet-stream}, text, numbers and booleans a
         * {@code text/plain} part, objects an {@code application/json} part, and an array one part per
         * element. JSON nulls are left out.
         *
         * @param body the body, an object with properties, or {@code null} for none
         * @return this builder
         */
        public Builder multipartBody(@Nullable Object body) {
            return body(body, BodyEncoding.MULTIPART, null);
        }

        /**
         * Sets a body sent as it is, with the given {@code Content-Type}.
         *
         * @param content the bytes to send, or {@code null} for none
         * @param contentType the media type, such as {@code application/octet-stream}
         * @return this builder
         * @throws IllegalArgumentException if the content type has a control character
         */
        public Builder body(byte @Nullable [] content, String contentType) {
            Objects.requireNonNull(contentType, "contentType");
            if (!isHeaderValue(contentType)) {
                throw new IllegalArgumentException("the content type has a control character");
            }
            return body(content, BodyEncoding.RAW, contentType);
        }

        private Builder body(Object body, BodyEncoding encoding, String contentType) {
            this.body = body;
            this.bodyEncoding = encoding;
            this.bodyContentType = contentType;
            return this;
        }

        /**
         * Adds a cookie, sent in the {@code Cookie} header as {@code name=value} pairs separated by
         * {@code "; "}: {@code null} adds nothing, a collection is sent comma-separated (form style
         * without explode). The value is percent-encoded as UTF-8 where RFC 6265 does not allow a
         * character in a cookie value ({@code %}, space, {@code "}, {@code ,}, {@code ;}, {@code \},
         * controls and non-ASCII).
         *
         * @param name the cookie name
         * @param value the value, or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the name is not an HTTP token
         */
        public Builder cookie(String name, @Nullable Object value) {
            value = UnionWrapper.unwrap(value);
            if (!isToken(name)) {
                throw new IllegalArgumentException("not a cookie name: '" + name + "'");
            }
            if (value == null) {
                return this;
            }
            String text = commaJoined(value, element -> UriEncoding.cookieValue(text(element)));
            cookies.add(name + "=" + text);
            return this;
        }

        /** A value as text, or a collection's non-null elements joined with commas (simple style). */
        private static String commaJoined(Object value, java.util.function.Function<Object, String> text) {
            if (!(value instanceof Collection<?> values)) {
                return text.apply(value);
            }
            StringJoiner joined = new StringJoiner(",");
            for (Object element : values) {
                if (element != null) {
                    joined.add(text.apply(element));
                }
            }
            return joined.toString();
        }

        /**
         * Whether the request may be retried after a connection failure or a 408, 429, 502, 503 or
         * 504. By default only GET, HEAD, PUT, DELETE and OPTIONS may; generated code sets
         * {@code true} for other operations the spec marks idempotent.
         *
         * @param idempotent whether the request may be sent more than once
         * @return this builder
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * Declares the type of the error body for a status.
         *
         * @param statusCode the HTTP status, 100 to 599
         * @param type the type to decode the body as
         * @return this builder
         */
        public Builder errorType(int statusCode, Class<?> type) {
            if (statusCode < 100 || statusCode > 599) {
                throw new IllegalArgumentException("not an HTTP status: " + statusCode);
            }
            errorTypes.put(statusCode, Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * Declares the type of the error body for statuses without their own {@link #errorType}.
         *
         * @param type the type to decode the body as, or {@code null} for none
         * @return this builder
         */
        public Builder defaultErrorType(@Nullable Class<?> type) {
            this.defaultErrorType = type;
            return this;
        }

        /**
         * Declares a successful status that comes without a body, such as a {@code 202} beside a
         * {@code 200} with one: an empty body with this status returns {@code null} instead of
         * failing with {@link MissingResponseBodyException}. (204 and 205 never need this.)
         *
         * @param statusCode the HTTP status, 200 to 299
         * @return this builder
         */
        public Builder bodilessStatus(int statusCode) {
            if (statusCode < 200 || statusCode > 299) {
                throw new IllegalArgumentException("not a successful HTTP status: " + statusCode);
            }
            bodilessStatuses.add(statusCode);
            return this;
        }

        /**
         * Names the operation, for exception messages.
         *
         * @param operationId the OpenAPI operationId, or {@code null}
         * @return this builder
         */
        public Builder operationId(@Nullable String operationId) {
            this.operationId = operationId;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws IllegalStateException if a path parameter of the template was not set
         */
        public ApiRequest build() {
            StringBuilder path = new StringBuilder(pathTemplate.length() + 32);
            for (int i = 0; i < templateParts.size(); i++) {
                String part = templateParts.get(i);
                if (i % 2 == 0) {
                    path.append(part);
                } else {
                    String value = pathValues.get(part);
                    if (value == null) {
                        throw new IllegalStateException(
                                "path parameter '" + part + "' of '" + pathTemplate + "' is not set");
                    }
                    path.append(value);
                }
            }
            return new ApiRequest(this, path.toString());
        }
    }

    /** How a query parameter's arrays and objects are written (OpenAPI's {@code style}). */
    public enum QueryStyle {
        /** {@code name=a&name=b} with explode, {@code name=a,b} without. */
        FORM,
        /** {@code name=a%20b} without explode. */
        SPACE_DELIMITED,
        /** {@code name=a%7Cb} without explode. */
        PIPE_DELIMITED,
        /** {@code name[key]=value}. */
        DEEP_OBJECT
    }

    /** How a request body is written on the wire. */
    public enum BodyEncoding {
        /** JSON, {@code application/json}. */
        JSON,
        /** {@code application/x-www-form-urlencoded}. */
        FORM,
        /** {@code multipart/form-data}. */
        MULTIPART,
        /** Bytes sent as they are, with their own content type. */
        RAW
    }
}
