package com.example.pets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.pets.model.Pet;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A generated model reads JSON with a plain ObjectMapper. */
class PetJsonTest {

    @Test
    void readsJsonIntoAGeneratedModel() throws Exception {
        Pet pet = new ObjectMapper()
                .readValue("{\"name\": \"Rex\", \"status\": \"sold\", \"tags\": [{\"label\": \"good\"}]}", Pet.class);

        assertEquals("Rex", pet.name());
        assertEquals("sold", pet.status().wireValue());
        assertEquals("good", pet.tags().get(0).label());
    }
}
