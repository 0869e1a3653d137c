package com.example.beta;

import com.example.beta.model.BetaItem;
import java.util.List;

/** Uses the module's generated model, so the module compiles only with its generated sources. */
public record BetaCatalog(List<BetaItem> items) {}
