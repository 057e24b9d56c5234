import Benchmark
import BenchmarkSupport
import Verbatim

// One benchmark per pipeline stage, each on the fixture corpus taken to the
// stage's starting point (see BenchmarkSupport/Fixtures.swift). A new stage is
// one `benchmarkStage` call.
nonisolated(unsafe) let benchmarks: () -> Void = {
    // Reading: bytes on disk to `Document`s.
    benchmarkCorpus("Reading: CorpusReader, JSON Lines", prepare: { _ = Fixtures.jsonLinesFile }) {
        for item in CorpusReader(inputs: [Fixtures.jsonLinesFile]) { blackHole(item) }
    }
    benchmarkCorpus("Reading: CorpusReader, folder of .txt", prepare: { _ = Fixtures.textFolder }) {
        for item in CorpusReader(inputs: [Fixtures.textFolder]) { blackHole(item) }
    }

    // The byte view and code point index every stage works on.
    benchmarkStage("Model: SourceText.init", over: .documents) { document in
        blackHole(SourceText(document.text))
    }

    // Segmenting: paragraphs and sentences, then sentences and word tokens.
    let sentenceSegmenter = try! Segmenter(tokenize: false)
    benchmarkStage("Segmenting: sentences", over: .sourceTexts) { text in
        blackHole(try sentenceSegmenter.segment(text))
    }
    let tokenSegmenter = try! Segmenter(tokenize: true)
    benchmarkStage("Segmenting: sentences and tokens", over: .sourceTexts) { text in
        blackHole(try tokenSegmenter.segment(text))
    }

    // Quotes: quotation kinds and contents.
    let detector = QuoteDetector()
    benchmarkStage("Quotes: QuoteDetector.detect", over: .segmented) { document in
        blackHole(detector.detect(in: document))
    }

    // Attribution: speakers and cues.
    let attributor = SpeakerAttributor()
    benchmarkStage("Attribution: SpeakerAttributor.attribute", over: .detected) { document in
        blackHole(attributor.attribute(document.quotations, in: document))
    }

    // Stance: scores, targets and evidence.
    let scorer = StanceScorer()
    benchmarkStage("Stance: StanceScorer.score", over: .analyzed) { document in
        blackHole(scorer.score(document.quotations, in: document))
    }

    // Output: JSON Lines records.
    let quotationWriter = QuotationRecordWriter()
    benchmarkStage("Output: QuotationRecordWriter (score records)", over: .analyzed) { document in
        blackHole(quotationWriter.records(for: document))
    }
    let sentenceWriter = SentenceRecordWriter()
    benchmarkStage("Output: SentenceRecordWriter (segment records)", over: .segmented) { document in
        blackHole(sentenceWriter.records(for: document))
    }

    // Store: SQLite rows, one transaction per batch as `verbatim score` commits;
    // every pass replaces the same documents, so the file does not grow.
    let store = try! QuotationStore(path: Fixtures.storePath)
    benchmarkStage(
        "Store: QuotationStore.write, \(ParallelRunner.defaultBatchDocuments) documents per transaction",
        over: .storedBatches
    ) { batch in
        try store.write(batch: batch)
    }
}
