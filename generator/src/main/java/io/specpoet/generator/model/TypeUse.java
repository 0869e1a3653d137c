package io.specpoet.generator.model;

/** A type together with the constraints that apply where it is used. */
public record TypeUse(TypeRef type, Constraints constraints) {

    public static TypeUse of(TypeRef type) {
        return new TypeUse(type, Constraints.NONE);
    }
}
