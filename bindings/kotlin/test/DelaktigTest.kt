// Tests of the Kotlin bindings of delaktig: compiled with the generated sources and run on the
// JVM by bindings/run-tests.sh. A tiny runner stands in for JUnit (no Maven here): every test is
// a named function, a failure is any Throwable, and the process exits non-zero on any failure.
package uniffi.delaktig.test

import java.time.Instant
import kotlin.system.exitProcess
import uniffi.delaktig.InputException
import uniffi.delaktig.parseTimestamp
import uniffi.delaktig.version

fun expect(condition: Boolean, message: () -> String) {
    if (!condition) throw AssertionError(message())
}

fun <T> expectEqual(expected: T, actual: T, what: String) {
    expect(expected == actual) { "$what: expected <$expected>, got <$actual>" }
}

inline fun <reified E : Throwable> expectThrows(what: String, block: () -> Unit): E {
    try {
        block()
    } catch (e: Throwable) {
        if (e is E) return e
        throw AssertionError("$what: expected ${E::class.simpleName}, got $e", e)
    }
    throw AssertionError("$what: expected ${E::class.simpleName}, nothing was thrown")
}

val tests: List<Pair<String, () -> Unit>> = listOf(
    "version is the crate version" to {
        expect(Regex("""^\d+\.\d+\.\d+.*""").matches(version())) { "version ${version()}" }
    },
    "timestamps are java.time.Instant" to {
        val t: Instant = parseTimestamp("2026-01-19T11:00:00+01:00")
        expectEqual(Instant.parse("2026-01-19T10:00:00Z"), t, "parsed instant")
    },
    "bad timestamp is the library's error" to {
        val e = expectThrows<InputException.Timestamp>("parseTimestamp(\"19 januari\")") {
            parseTimestamp("19 januari")
        }
        expect(e.message.orEmpty().contains("is not an RFC 3339 timestamp")) { "message: ${e.message}" }
    },
)

fun main() {
    var failed = 0
    for ((name, test) in tests) {
        try {
            test()
            println("ok     $name")
        } catch (e: Throwable) {
            failed += 1
            println("FAILED $name: $e")
            e.printStackTrace()
        }
    }
    println("kotlin: ${tests.size - failed} passed, $failed failed")
    if (failed > 0) exitProcess(1)
}
