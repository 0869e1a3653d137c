package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.money.Money;
import com.example.orders.model.Order;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderJsonTest {

    @Test
    void readsMappedTypesWithAPlainObjectMapper() throws Exception {
        Order order = new ObjectMapper()
                .findAndRegisterModules()
                .readValue(
                        "{\"id\":\"4f1c\",\"placedAt\":\"2021-01-01 12:00:00.000+01:00\","
                                + "\"total\":{\"amount\":9.5,\"currency\":\"EUR\"}}",
                        Order.class);

        String id = order.id();
        Instant placedAt = order.placedAt();
        Money total = order.total();
        assertEquals("4f1c", id);
        assertEquals(Instant.parse("2021-01-01T11:00:00Z"), placedAt);
        assertEquals(new Money(new BigDecimal("9.5"), "EUR"), total);
    }
}
