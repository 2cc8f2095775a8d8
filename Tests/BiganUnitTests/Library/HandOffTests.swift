import Foundation
import Testing

@testable import BiganImport

@Suite struct HandOffTests {
    /// Starts `producers` threads that claim numbers and hand back their squares, the later ones faster.
    private func produce(_ handOff: HandOff<Int>, producers: Int, claimed: Claimed? = nil) {
        for _ in 0..<producers {
            Thread {
                defer { handOff.finish() }
                while let index = handOff.claim() {
                    claimed?.record(index)
                    Thread.sleep(forTimeInterval: index.isMultiple(of: 3) ? 0.002 : 0)
                    handOff.put(index * index, at: index)
                }
            }.start()
        }
    }

    final class Claimed: @unchecked Sendable {
        private let lock = NSLock()
        private var highest = -1
        private var aheadOfTaken = 0

        func record(_ index: Int) {
            lock.withLock { highest = max(highest, index) }
        }

        /// The furthest a claim ran ahead of what the consumer had taken.
        func noteTaken(_ taken: Int) {
            lock.withLock { aheadOfTaken = max(aheadOfTaken, highest - taken) }
        }

        var furthestAhead: Int { lock.withLock { aheadOfTaken } }
    }

    @Test func theConsumerTakesItemsInOrderFromSeveralProducers() async {
        let handOff = HandOff<Int>(sizes: Array(repeating: 10, count: 200), producers: 3, capacity: 8, byteBudget: 1000)
        produce(handOff, producers: 3)
        var taken: [Int] = []
        while let item = await handOff.take() { taken.append(item) }
        handOff.waitUntilFinished()
        #expect(taken == (0..<200).map { $0 * $0 })
    }

    @Test func producersStayWithinTheCapacityAndTheByteBudget() async {
        let claimed = Claimed()
        // 100 bytes each with a budget of 250: at most two items wait ahead of the consumer.
        let handOff = HandOff<Int>(sizes: Array(repeating: 100, count: 50), producers: 2, capacity: 8, byteBudget: 250)
        produce(handOff, producers: 2, claimed: claimed)
        var count = 0
        while await handOff.take() != nil {
            count += 1
            usleep(1000)
            claimed.noteTaken(count)
        }
        handOff.waitUntilFinished()
        #expect(count == 50)
        #expect(claimed.furthestAhead <= 2)
    }

    @Test func anItemLargerThanTheBudgetStillGoesThrough() async {
        let handOff = HandOff<Int>(sizes: [10, 5000, 10], producers: 1, capacity: 4, byteBudget: 100)
        produce(handOff, producers: 1)
        var taken: [Int] = []
        while let item = await handOff.take() { taken.append(item) }
        #expect(taken == [0, 1, 4])
    }

    @Test func closingStopsTheProducers() async {
        let handOff = HandOff<Int>(
            sizes: Array(repeating: 1, count: 10_000), producers: 2, capacity: 4, byteBudget: 100)
        produce(handOff, producers: 2)
        #expect(await handOff.take() == 0)
        handOff.close()
        handOff.waitUntilFinished()
        #expect(await handOff.take() == nil)
    }
}
