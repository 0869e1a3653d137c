package io.specpoet.generator.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specpoet.generator.GeneratorRun;
import io.specpoet.generator.corpus.ExampleRoundTrip.Outcome;
import io.specpoet.generator.corpus.ExampleRoundTrip.Verdict;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SortedMap;

/**
 * What one compiled corpus entry shows about the generated types: which record properties are
 * still JSON and why, and what became of each of its examples. Reuses the entry's one generation
 * and compilation.
 *
 * @param untypedExamples examples without a generated type to read them into, by why
 */
public record CorpusEvidence(
        JsonTypedReport.Counts jsonTyped, List<Outcome> examples, SortedMap<String, Integer> untypedExamples) {

    /**
     * @param classes loads the entry's compiled classes
     * @param modelPackage the package of its generated model types
     */
    public static CorpusEvidence gather(GeneratorRun.Linked linked, ClassLoader classes, String modelPackage) {
        SpecDocument document = new SpecDocument(linked.spec().document());
        JsonTypedReport.Counts jsonTyped = new JsonTypedReport(document).count(linked.model());
        ExampleCollector.Found found = new ExampleCollector(document).collect(linked.model());
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(document.root());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        ExampleValidator validator = new ExampleValidator(document.root(), json);
        ExampleRoundTrip roundTrip = new ExampleRoundTrip(validator, new JavaTypeResolver(classes, modelPackage));
        List<Outcome> outcomes = found.examples().stream().map(roundTrip::check).toList();
        return new CorpusEvidence(jsonTyped, outcomes, found.untyped());
    }

    public long count(Verdict verdict) {
        return examples.stream().filter(outcome -> outcome.verdict() == verdict).count();
    }

    /** Rows of {@code corpus/json-typed.tsv}: entry, reason, count. */
    public List<String> jsonTypedRows(String entry) {
        return jsonTyped.byReason().entrySet().stream()
                .map(reason -> entry + "\t" + reason.getKey() + "\t" + reason.getValue())
                .toList();
    }

    /** Rows of {@code corpus/examples.tsv}: entry, verdict, example pointer, why; for every example that did not round-trip. */
    public List<String> exampleRows(String entry) {
        return examples.stream()
                .filter(outcome -> outcome.verdict() != Verdict.ROUND_TRIPPED)
                .map(outcome -> entry + "\t" + outcome.verdict().name().toLowerCase(java.util.Locale.ROOT) + "\t"
                        + ExpectationsFile.cell(outcome.example().pointer()) + "\t"
                        + ExpectationsFile.cell(outcome.detail()))
                .toList();
    }
}
