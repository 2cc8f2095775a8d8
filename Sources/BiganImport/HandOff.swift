import Foundation

/// A bounded hand-over of numbered work from producer threads to one consumer, in order: the
/// importer's preparing threads each claim the next file, parse it and put the result back under
/// its number, while the writer takes the results in file order.
///
/// A producer may claim work only while few enough items and bytes wait ahead of the consumer
/// (`capacity`, `byteBudget`), so memory stays bounded whatever the batch; the consumer's next
/// item is always allowed, so a single file larger than the budget still goes through.
final class HandOff<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let sizes: [Int64]
    private let capacity: Int
    private let byteBudget: Int64
    private var ready: [Int: Item] = [:]
    /// The next number to claim, and the next the consumer takes.
    private var nextClaim = 0
    private var nextTake = 0
    /// Bytes of the items claimed and not yet taken.
    private var bytesAhead: Int64 = 0
    private var producers: Int
    private var closed = false
    /// The consumer, waiting for its next item.
    private var waiter: CheckedContinuation<Item?, Never>?

    /// `sizes` are the sizes of the items in order; `producers` the number of producer threads.
    init(sizes: [Int64], producers: Int, capacity: Int, byteBudget: Int64) {
        self.sizes = sizes
        self.producers = producers
        self.capacity = max(capacity, 1)
        self.byteBudget = byteBudget
    }

    /// The number of the next item to produce, once there is room; nil when every item is
    /// claimed or the consumer has closed the hand-over.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !closed && nextClaim < sizes.count && !hasRoom { condition.wait() }
        guard !closed && nextClaim < sizes.count else { return nil }
        let index = nextClaim
        nextClaim += 1
        bytesAhead += sizes[index]
        return index
    }

    private var hasRoom: Bool {
        nextClaim == nextTake
            || (nextClaim - nextTake < capacity && bytesAhead + sizes[nextClaim] <= byteBudget)
    }

    /// Hands over the item claimed as `index`.
    func put(_ item: Item, at index: Int) {
        condition.lock()
        guard !closed else { return condition.unlock() }
        ready[index] = item
        condition.broadcast()
        let wake = wakeConsumerLocked()
        condition.unlock()
        wake.map { $0.0.resume(returning: $0.1) }
    }

    /// A producer thread has stopped claiming.
    func finish() {
        condition.lock()
        producers -= 1
        condition.broadcast()
        let wake = wakeConsumerLocked()
        condition.unlock()
        wake.map { $0.0.resume(returning: $0.1) }
    }

    /// The next item in order, waiting for it (without holding a thread); nil once every item was
    /// taken, or when the producers have stopped without producing it.
    func take() async -> Item? {
        await withCheckedContinuation { (continuation: CheckedContinuation<Item?, Never>) in
            condition.lock()
            if let answer = answerLocked() {
                condition.unlock()
                continuation.resume(returning: answer.item)
            } else {
                waiter = continuation
                condition.unlock()
            }
        }
    }

    /// What the consumer gets: its next item, or the end (nil).
    private struct Answer {
        var item: Item?
    }

    /// The consumer's answer if there is one yet.
    private func answerLocked() -> Answer? {
        if closed || nextTake >= sizes.count { return Answer(item: nil) }
        if let item = ready.removeValue(forKey: nextTake) {
            bytesAhead -= sizes[nextTake]
            nextTake += 1
            condition.broadcast()
            return Answer(item: item)
        }
        return producers > 0 ? nil : Answer(item: nil)
    }

    /// Resumes a waiting consumer once it has an answer; call with the lock held, resume after.
    private func wakeConsumerLocked() -> (CheckedContinuation<Item?, Never>, Item?)? {
        guard let waiter, let answer = answerLocked() else { return nil }
        self.waiter = nil
        return (waiter, answer.item)
    }

    /// The consumer wants no more items; waiting producers give up.
    func close() {
        condition.lock()
        closed = true
        ready.removeAll()
        condition.broadcast()
        let wake = wakeConsumerLocked()
        condition.unlock()
        wake.map { $0.0.resume(returning: $0.1) }
    }

    /// Waits until every producer thread has stopped (a short wait: they stop once closed).
    func waitUntilFinished() {
        condition.lock()
        while producers > 0 { condition.wait() }
        condition.unlock()
    }
}
