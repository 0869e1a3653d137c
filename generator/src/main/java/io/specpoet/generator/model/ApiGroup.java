package io.specpoet.generator.model;

import java.util.List;

/**
 * The operations of one tag, written as one API class.
 *
 * @param accessorName the client method returning this API ({@code pipelines()})
 */
public record ApiGroup(
        String tag, String javaName, String accessorName, String description, List<OperationModel> operations) {}
