package com.example.alpha;

import com.example.alpha.model.AlphaItem;
import java.util.List;

/** Uses the module's generated model, so the module compiles only with its generated sources. */
public record AlphaCatalog(List<AlphaItem> items) {}
