package com.example.money;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** The user's own class for the spec's Money schema. */
public record Money(
        @JsonProperty("amount") BigDecimal amount,
        @JsonProperty("currency") String currency) {}
