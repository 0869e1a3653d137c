package com.example.nullness.app;

import com.example.nullness.PetsClient;
import com.example.nullness.model.Flat;
import com.example.nullness.model.Home;
import com.example.nullness.model.Pet;
import com.example.nullness.model.Toy;
import io.specpoet.runtime.json.Nullable;
import java.util.List;

/** Uses generated code the way NullAway lets it be used: optional values are checked first. */
public final class PetDescriptions {

    private PetDescriptions() {}

    public static String describe(Pet pet) {
        StringBuilder text =
                new StringBuilder(pet.name()).append(" the ").append(pet.kind().wireValue());
        String tag = pet.tag();
        if (tag != null) {
            text.append(" #").append(tag.toLowerCase());
        }
        Nullable<String> nickname = pet.nickname();
        if (nickname != null && nickname.isPresent()) {
            text.append(" aka ").append(nickname.get());
        }
        text.append(
                pet.owner().isNull()
                        ? ", no owner"
                        : ", owned by " + pet.owner().get());
        List<Toy> toys = pet.toys();
        if (toys != null) {
            text.append(", ").append(toys.size()).append(" toys");
        }
        Home home = pet.home();
        if (home instanceof Flat flat) {
            text.append(", floor ").append(flat.floor().intValue());
        }
        return text.toString();
    }

    public static String fetch(PetsClient client, long id) {
        Pet pet = client.pets().getPet(id, null, null);
        return pet == null ? "none" : describe(pet);
    }

    public static Pet newPet() {
        return Pet.builder()
                .name("Rex")
                .kind(com.example.nullness.model.Kind.DOG)
                .owner(Nullable.ofNull())
                .build();
    }
}
