package io.specpoet.generator.model;

/** How a request body is written: chosen from its media types, JSON first. */
public enum BodyEncoding {
    /** {@code application/json}, {@code …+json} or {@code *}{@code /*}. */
    JSON,
    /** {@code application/x-www-form-urlencoded}: the body's properties as form fields. */
    FORM,
    /** {@code multipart/form-data}: the body's properties as parts. */
    MULTIPART,
    /** Any other media type: the caller's bytes, sent as they are. */
    RAW
}
