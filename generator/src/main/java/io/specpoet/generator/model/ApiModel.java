package io.specpoet.generator.model;

import java.util.List;

/** Everything the emitters need, sorted and named: the emitters read nothing else. */
public record ApiModel(ClientModel client, List<TypeDecl> types) {}
