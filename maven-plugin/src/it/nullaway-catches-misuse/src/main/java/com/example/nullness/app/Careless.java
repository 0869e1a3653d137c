package com.example.nullness.app;

import com.example.nullness.PetsClient;
import com.example.nullness.model.Pet;

/** Uses optional values without checking them: NullAway must refuse both. */
public final class Careless {

    private Careless() {}

    public static int tagLength(Pet pet) {
        return pet.tag().length();
    }

    public static String name(PetsClient client, long id) {
        return client.pets().getPet(id, null, null).name();
    }
}
