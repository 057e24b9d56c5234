import Foundation

/// Prints progress to standard error when it is a terminal: documents, MB,
/// MB/s, elapsed time and, when the input size is known, an ETA.
public final class ProgressReporter {
    private let enabled: Bool
    private let totalBytes: Int?
    private let start = Date()
    private var lastPrint = Date.distantPast
    /// Seconds between two updates: often enough to look alive, rarely enough to cost nothing.
    private static let interval = 0.5

    /// - Parameters:
    ///   - quiet: never print.
    ///   - totalBytes: input size, for the ETA; called only when progress is shown,
    ///     since finding it walks every input folder.
    public init(quiet: Bool, totalBytes: () -> Int?) {
        enabled = !quiet && isatty(2) != 0
        self.totalBytes = enabled ? totalBytes() : nil
    }

    public var isEnabled: Bool { enabled }

    /// Rewrites the progress line on standard error, at most once per interval unless `force`.
    /// - Parameters:
    ///   - summary: the counts so far.
    ///   - inputBytes: the input bytes read so far, for the ETA.
    ///   - force: print even if the last line is recent (the final update).
    /// - Complexity: O(1).
    public func update(_ summary: RunSummary, inputBytes: Int, force: Bool = false) {
        guard enabled else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastPrint) >= Self.interval else { return }
        lastPrint = now
        let elapsed = now.timeIntervalSince(start)
        let megabytes = Double(summary.textBytes) / 1_000_000
        let rate = elapsed > 0 ? megabytes / elapsed : 0
        var line = String(
            format: "\r%d documents  %.1f MB  %.1f MB/s  %@", summary.documentsRead, megabytes, rate,
            Self.clock(elapsed))
        if let totalBytes, totalBytes > 0, inputBytes > 0, inputBytes < totalBytes {
            let remaining = elapsed * Double(totalBytes - inputBytes) / Double(inputBytes)
            line += "  ETA \(Self.clock(remaining))"
        }
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    }

    /// Ends the progress line so that what follows starts on a new line.
    /// - Complexity: O(1).
    public func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%02d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
    }
}
