import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Catches SIGINT so that a run can finish its batch, flush and summarise
/// before it exits; a second SIGINT exits at once.
///
/// `@unchecked`: the signal source is set once in `init` and never changed;
/// the flag itself is atomic.
public final class InterruptFlag: @unchecked Sendable {
    private final class Counter: Sendable {
        let value = Atomic<Int>(0)
    }

    private let raised = Counter()
    private let source: DispatchSourceSignal

    public init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [raised] in
            if raised.value.add(1, ordering: .relaxed).newValue > 1 { _exit(130) }
        }
        source.resume()
    }

    public var isRaised: Bool { raised.value.load(ordering: .relaxed) > 0 }
}
