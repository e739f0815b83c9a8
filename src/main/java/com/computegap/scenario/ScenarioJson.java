package com.computegap.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson configuration for scenario files, with the limits of MODEL.md section 6. */
final class ScenarioJson {

    /** Files above this size are refused before they are parsed. */
    static final int MAX_FILE_BYTES = 1024 * 1024;
    /** Deepest nesting of objects and lists accepted. */
    static final int MAX_DEPTH = 20;

    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(1000)
                    .maxStringLength(MAX_FILE_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Keeps a literal such as 1e400 as written, so the message can quote it.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ScenarioJson() {
    }
}
