package com.example;

import com.example.pets.model.Pet;
import com.example.stores.model.Store;

/** Uses a model of each execution, so the build compiles only if both source roots are added. */
public record Inventory(Store store, Pet pet) {}
