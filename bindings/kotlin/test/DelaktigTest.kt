// Tests of the Kotlin bindings of delaktig: the shared scenario (register, a refused bare "no",
// a justified rejection, OCR restoration, notes parsing) plus errors, listeners and threads.
// Compiled with the generated sources and run on the JVM by bindings/run-tests.sh. A tiny
// runner stands in for JUnit (no Maven here): every test is a named function, a failure is any
// Throwable, and the process exits non-zero on any failure.
package uniffi.delaktig.test

import java.nio.file.Files
import java.time.Instant
import java.util.Collections
import kotlin.concurrent.thread
import kotlin.system.exitProcess
import uniffi.delaktig.*

val STAFF = Actor("Socialförvaltningen", Role.STAFF)
val BRYGGAN = Actor("Bryggan", Role.USER_REPRESENTATIVE)
const val OCR = "Vi ses pa métet i férvaltningen 6ver lunch."
val NOTE = """
    Bryggangruppen 19 januari 2019

    Närvarande

    Per Norbeck, Bryggan

    Leif Redestig, socialförvaltningen

    1. Gemensam arbetsgrupp

    Förslaget är att vi bildar en gemensam arbetsgrupp. David ska skicka ut en inbjudan. Vilka har tid att sitta med?

    Nästa möte: 7 oktober, Tema: Boende
""".trimIndent() + "\n"

fun day(iso: String): Instant = Instant.parse("${iso}T00:00:00Z")

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

class Recorder : RegisterListener {
    val seen: MutableList<Pair<String, EventKind>> = Collections.synchronizedList(mutableListOf())
    override fun onEvent(proposal: ProposalId, event: HistoryEvent) {
        seen.add(proposal to event.kind)
    }
}

class Failing : RegisterListener {
    override fun onEvent(proposal: ProposalId, event: HistoryEvent) {
        throw IllegalStateException("notification service offline")
    }
}

fun scenarioANoNeedsAJustification() = Register.inMemory().use { reg ->
    val recorder = Recorder()
    reg.addListener(recorder)
    reg.addListener(Failing())
    val id = reg.raiseProposal(NewProposal(title = "Checklista för nya handläggare"), BRYGGAN, day("2026-01-19"))
    expectEqual("P-1", id, "id")

    val refused = expectThrows<RegisterException.Justification>("rejection without justification") {
        reg.moveProposal(id, MoveRequest(to = ProposalState.REJECTED), STAFF, day("2026-02-02"))
    }
    expect(refused.message.orEmpty().contains("rejection of proposal P-1 needs a justification")) {
        "message: ${refused.message}"
    }
    val unchanged = reg.show(id)
    expectEqual(ProposalState.RECEIVED, unchanged.state, "state after the refused rejection")
    expectEqual(1, unchanged.events.size, "events after the refused rejection")

    val why = "Rutinen finns redan i handboken sedan 2024"
    val event = reg.moveProposal(id, MoveRequest(to = ProposalState.REJECTED, text = why), STAFF, day("2026-02-02"))
    expectEqual(ProposalState.REJECTED, event.toState, "event target")
    expectEqual(why, event.justification, "event justification")
    expectEqual(day("2026-02-02"), event.at, "event day (java.time.Instant)")

    val shown = reg.show(id)
    expectEqual(ProposalState.REJECTED, shown.state, "state after the rejection")
    expectEqual(why, shown.currentText, "current text")
    // The failing listener neither broke the command nor silenced the recorder.
    expectEqual(listOf("P-1" to EventKind.RAISED, "P-1" to EventKind.MOVED), recorder.seen.toList(), "events heard")
}

fun scenarioAnAcceptanceInPartNeedsAJustification() = Register.inMemory().use { reg ->
    val id = reg.raiseProposal(NewProposal(title = "Kvällsöppet två dagar i veckan"), BRYGGAN, day("2026-01-19"))
    expectThrows<RegisterException.Justification>("acceptance in part without justification") {
        reg.moveProposal(id, MoveRequest(to = ProposalState.ACCEPTED, partly = true), STAFF, day("2026-02-02"))
    }
    expectEqual(ProposalState.RECEIVED, reg.show(id).state, "state after the refused move")
    val why = "En andra kväll ryms inte i årets budget"
    val event = reg.moveProposal(id, MoveRequest(to = ProposalState.ACCEPTED, text = why, partly = true), STAFF, day("2026-02-02"))
    expectEqual(ProposalState.ACCEPTED, event.toState, "event target")
    expectEqual(why, event.justification, "event justification")
    expectEqual(why, reg.show(id).currentText, "current text")
}

fun scenarioAnOcrSentenceIsRestored() {
    val out = normalize(OCR)
    expectEqual("Vi ses på mötet i förvaltningen över lunch.", out.text, "restored text")
    expectEqual(
        listOf("pa" to "på", "métet" to "mötet", "férvaltningen" to "förvaltningen", "6ver" to "över"),
        out.changes.map { it.original to it.replacement },
        "changes",
    )
    val bytes = OCR.toByteArray(Charsets.UTF_8)
    for (c in out.changes) {
        expectEqual(c.original, String(bytes.copyOfRange(c.start.toInt(), c.end.toInt()), Charsets.UTF_8), "span of ${c.original}")
    }
}

fun normalizeTextGivesTheRestoredTextAlone() {
    Normalizer().use { n ->
        expectEqual(n.normalize(OCR).text, n.normalizeText(OCR), "text alone")
        expect(n.normalizeText(OCR) != OCR) { "text restored" }
    }
}

fun latin1BytesAreDecoded() {
    val raw = "Vi ses på mötet.".toByteArray(Charsets.ISO_8859_1)
    expectEqual("Vi ses på mötet.", decodeText(raw, TextEncoding.AUTO), "auto")
    expectEqual("Vi ses på mötet.", decodeText(raw, TextEncoding.WINDOWS1252), "windows-1252")
    expectThrows<NormalizeException.InvalidUtf8>("Latin-1 read as UTF-8") { decodeText(raw, TextEncoding.UTF8) }
    expectThrows<NormalizeException.NotText>("binary bytes") {
        decodeText(byteArrayOf(0x50, 0x4b, 0x03, 0x04, 0x00), TextEncoding.AUTO)
    }
}

fun aVocabularyTeachesLocalNames() {
    val damaged = "Vi besöker Trollgardet i morgon."
    expectEqual(damaged, normalize(damaged).text, "unknown name left alone")
    Vocabulary().use { vocab ->
        vocab.addName("Trollgärdet")
        Normalizer.withVocabulary(vocab, null).use { n ->
            expectEqual("Vi besöker Trollgärdet i morgon.", n.normalize(damaged).text, "restored with the vocabulary")
        }
    }
}

fun scenarioAShortNoteIsParsed() {
    val doc = parseNotes(NOTE, ParseOptions())
    expectEqual("Bryggangruppen 19 januari 2019", doc.title, "title")
    val meeting = doc.meetings.first()
    expectEqual("Bryggangruppen", meeting.group, "group")
    expectEqual(day("2019-01-19"), meeting.date, "meeting day")
    expectEqual(listOf("Per Norbeck", "Leif Redestig"), meeting.attendees.map { it.name }, "attendees")
    expectEqual("David", doc.actions.first().who, "action owner")
    expectEqual(listOf("Vilka har tid att sitta med?"), doc.questions, "questions")
}

fun decisionsDueDaysAndDoneMarks() {
    val doc = parseNotes("Brukarrådet 4 november 2025\n\n1. Öppettider\n\nRSMH föreslår att träfflokalen ska hålla öppet även på lördagar.\nBeslut: Förslaget avslås eftersom det saknas personal för helgerna.\n\n- [x] Maria skickar ut protokollet senast vecka 46.\n", ParseOptions())
    expectEqual(DecisionOutcome.REJECTED, doc.decisions.first().outcome, "decision")
    expectEqual("det saknas personal för helgerna", doc.decisions.first().justification, "reason")
    expectEqual(0u, doc.decisions.first().proposal, "proposal decided on")
    expect(doc.actions.first().done) { "a ticked box is done" }
    expectEqual(day("2025-11-10"), doc.actions.first().due, "due by week 46's Monday")
}

fun aPrintedEmailThreadIsMessagesAndARefusal() {
    val doc = parseNotes("Från: Eva Ek <eva@exempel.se>\nDatum: 3 februari 2026\nÄmne: Lördagar\n\nVi föreslår att träffpunkten har öppet på lördagar.\n\nFrån: Lars Sjöström\nDatum: 18 februari 2026\nÄmne: Sv: Lördagar\n\nVi kan tyvärr inte öppna på lördagar eftersom budgeten är fastställd.\n", ParseOptions())
    expectEqual("Lördagar", doc.title, "title")
    expectEqual(listOf("Eva Ek", "Lars Sjöström"), doc.messages.map { it.sender }, "senders")
    expectEqual(day("2026-02-18"), doc.messages[1].date, "reply's day")
    expect(doc.messages[1].reply) { "the second message is a reply" }
    expectEqual("Eva Ek", doc.proposals.first().by, "proposer")
    expectEqual(DecisionOutcome.REJECTED, doc.decisions.first().outcome, "refusal")
    expectEqual("budgeten är fastställd", doc.decisions.first().justification, "reason")
}

fun aMatterConsideredAnsweredIsItsOwnOutcome() {
    val doc = parseNotes("Kommunfullmäktige\n\nPROTOKOLLSUTDRAG\n\nSammanträdesdatum: 2025-11-24\n\n§ 141 Medborgarförslag om fler bänkar vid Lindåsen\n\nÄrendebeskrivning\nEn medborgare föreslår att kommunen sätter upp fler bänkar längs promenadstråket vid Lindåsen.\n\nBeslut\nKommunfullmäktige beslutar\n1. att anse medborgarförslaget besvarat.\n\nMotivering\nSex nya bänkar sätts upp under våren 2026.\n", ParseOptions())
    expectEqual(DecisionOutcome.ANSWERED, doc.decisions.first().outcome, "answered")
    expectEqual("Sex nya bänkar sätts upp under våren 2026", doc.decisions.first().justification, "answer")
    expectEqual(0u, doc.decisions.first().proposal, "proposal decided on")
}

fun aLetterUnderALetterheadIsDatedByItsHead() {
    val doc = parseNotes("Socialförvaltningen\nIndivid- och familjeomsorgen\nDatum: 2025-04-02\n\nTill Brukarföreningen Ankaret\n\nSvar på era frågor\n\nFråga 1: Kan träffpunkten ha öppet på lördagar?\nSvar: Nej. Det finns ingen personal på helgerna.\n", ParseOptions())
    expectEqual(day("2025-04-02"), doc.date, "the letter's day")
    expectEqual("Brukarföreningen Ankaret", doc.proposals.first().by, "proposer")
    expectEqual(DecisionOutcome.REJECTED, doc.decisions.first().outcome, "answer")
}

fun queriesAndReports() = Register.inMemory().use { reg ->
    val a = reg.raiseProposal(NewProposal(title = "Fler bänkar"), BRYGGAN, day("2025-01-10"))
    val b = reg.raiseProposal(NewProposal(title = "Tolk vid möten"), BRYGGAN, day("2025-03-01"))
    reg.moveProposal(b, MoveRequest(to = ProposalState.ACCEPTED), STAFF, day("2025-03-15"))
    expectEqual(listOf(b), reg.list(ListFilter(state = ProposalState.ACCEPTED)).map { it.id }, "accepted")
    expectEqual(listOf(a, b), reg.stalled(day("2026-06-01"), null).map { it.proposal.id }, "stalled")
    val march = reg.monthlySummary(day("2025-03-20"), null)
    expectEqual(1uL to 1uL, march.raised to march.movedForward, "March: raised, moved forward")
    val md = reg.report(ReportFormat.MARKDOWN, ReportOptions(today = day("2025-04-01")))
    expect(md.contains("Tolk vid möten")) { "report: $md" }
}

fun notesAreIngestedOnce() = Register.inMemory().use { reg ->
    val first = reg.ingestNotes(NOTE, IngestOptions(), STAFF, day("2026-01-01"))
    expect(!first.alreadyImported) { "first import marked as a repeat" }
    expectEqual(1, first.created.size, "proposals created")
    expectEqual(day("2019-01-19"), reg.show(first.created.first()).created, "dated by the meeting")
    expect(reg.ingestNotes(NOTE, IngestOptions(), STAFF, day("2026-01-01")).alreadyImported) { "second import" }
    expectEqual(1uL, reg.count(), "count after two imports")
    val copy = reg.ingestNotes(NOTE + "\nAntecknat av Leif.\n", IngestOptions(), STAFF, day("2026-01-01"))
    expect(copy.sameMeeting && !copy.alreadyImported) { "another copy of the meeting: $copy" }
    expectEqual(first.meeting, copy.meeting, "the same meeting")
    expectEqual(1uL, reg.count(), "count after another copy")
}

fun decisionsInNotesMoveProposals() = Register.inMemory().use { reg ->
    val note = "Brukarrådet 4 november 2025\n\n1. Öppettider\n\n" +
        "RSMH föreslår att träfflokalen ska hålla öppet även på lördagar.\n" +
        "Beslut: Förslaget avslås eftersom det saknas personal och budget för helgbemanning.\n\n" +
        "2. Busskort\n\nAnkaret föreslår gratis busskort för deltagare i dagverksamheten.\n" +
        "Förslaget avslogs.\n"
    val done = reg.ingestNotes(note, IngestOptions(), STAFF, day("2026-01-01"))
    expectEqual(2, done.created.size, "proposals created")
    expectEqual(listOf(ProposalState.REJECTED), done.decided.map { it.state }, "decided")
    expectEqual(ProposalState.REJECTED, reg.show(done.created[0]).state, "rejected with its reason")
    expectEqual(listOf(done.created[1]), done.undecided.map { it.proposal }, "a no without a reason")
    expectEqual(ProposalState.RECEIVED, reg.show(done.created[1]).state, "waits for its reason")
}

fun aBoardsMinutesMoveTheProposalAGroupRaised() = Register.inMemory().use { reg ->
    val group = "Brukarrådet 2 september 2025\n\nNärvarande\nAnna Berg, RSMH\nPer Ek, socialtjänsten\n\n" +
        "1. Stödsamtal\nBrukarrådet föreslår att öppenvården ska erbjuda stödsamtal en kväll i veckan.\n"
    val raised = reg.ingestNotes(group, IngestOptions(), STAFF, day("2026-01-01"))
    expectEqual(1, raised.created.size, "the group's proposal")
    val board = "Individ- och familjenämnden\n\nPROTOKOLLSUTDRAG\n\nSammanträdesdatum: 2025-10-14\n\n" +
        "§ 112\nFörslag från brukarrådet om stödsamtal på kvällstid\n\n" +
        "Brukarrådet lämnade den 2 september 2025 ett förslag om att öppenvården ska erbjuda " +
        "stödsamtal en kväll i veckan.\n\n" +
        "Beslut\nIndivid- och familjenämnden beslutar\n1. att avslå förslaget.\n\n" +
        "Motivering\nÖppenvården saknar personal för kvällstid under 2026.\n"
    val decided = reg.ingestNotes(board, IngestOptions(), STAFF, day("2026-01-01"))
    expectEqual(0, decided.created.size, "no second proposal")
    expectEqual(raised.created, decided.discussed, "the group's proposal discussed")
    val details = reg.show(raised.created[0])
    expectEqual(ProposalState.REJECTED, details.state, "the board's no")
    expect(details.currentText?.contains("saknar personal") == true) { "the board's reason: ${details.currentText}" }
}

fun aRegisterIsSharedBetweenThreads() = Register.inMemory().use { reg ->
    val workers = (0 until 4).map { t ->
        thread {
            for (i in 0 until 10) {
                reg.raiseProposal(NewProposal(title = "Förslag $t-$i"), BRYGGAN, day("2026-01-19"))
            }
        }
    }
    workers.forEach { it.join() }
    expectEqual(40uL, reg.count(), "proposals raised from four threads")
}

fun aFileRegisterKeepsItsHistory() {
    val dir = Files.createTempDirectory("delaktig")
    val path = dir.resolve("register.db").toString()
    val id = Register.create(path).use { it.raiseProposal(NewProposal(title = "Checklista"), BRYGGAN, day("2026-01-19")) }
    Register.openExisting(path).use { expectEqual("Checklista", it.show(id).title, "title after reopening") }
    expectThrows<RegisterException.AlreadyExists>("create over an existing file") { Register.create(path) }
    val text = dir.resolve("notes.txt")
    Files.writeString(text, NOTE.repeat(50))
    expectThrows<RegisterException.NotARegister>("open a text file") { Register.open(text.toString()) }
}

fun badInputIsTheLibrarysOwnError() = Register.inMemory().use { reg ->
    val bad = expectThrows<RegisterException.InvalidInput>("a malformed id") { reg.show("not an id") }
    expect(bad.message.orEmpty().contains("not an id")) { "message: ${bad.message}" }
    expectThrows<RegisterException.NotFound>("an unknown id") { reg.show("P-404") }
    val far = expectThrows<RegisterException.InvalidInput>("a day beyond the calendar") {
        reg.raiseProposal(NewProposal(title = "Långt fram"), BRYGGAN, Instant.MAX)
    }
    expect(far.message.orEmpty().contains("outside the years")) { "message: ${far.message}" }
    expectEqual(0uL, reg.count(), "proposals after refused input")
    expectThrows<NormalizeException.InvalidOptions>("confidence 2") {
        Normalizer.withOptions(NormalizeOptions(minConfidence = 2.0f))
    }
    Normalizer().use { n ->
        expectThrows<NormalizeException.InvalidUtf8>("invalid UTF-8") {
            n.normalizeBytes(byteArrayOf('p'.code.toByte(), 'a'.code.toByte(), 0xff.toByte()))
        }
    }
    expectThrows<ParseException.InvalidUtf8>("notes in invalid UTF-8") {
        parseNotesBytes(byteArrayOf(0xc3.toByte(), 0x28), ParseOptions())
    }
    Vocabulary().use { v ->
        expectThrows<VocabularyException.NotOneWord>("two words") { v.addWord("två ord", 10u) }
        v.addName("Sköldenborg")
        expect(v.containsName("Sköldenborg")) { "added name not found" }
    }
}

val DEVIATION = "Datum: 2025-02-03\nDatum för händelsen: 2025-02-01\nRapporterande enhet: Socialtjänsten\n" +
    "Berörda parter: Psykiatrin\nBeskrivning: Ingen SIP gjordes trots att klienten bad om det.\n"

fun deviationsAreFollowedAndReported() = Register.inMemory().use { reg ->
    val id = reg.addDeviation(DEVIATION, null, BRYGGAN, null, day("2025-02-03"))
    expectEqual("A-2025-001", id, "deviation id")
    expectEqual("in_dialogue", reg.moveDeviation(id, "in_dialogue", null, STAFF, day("2025-02-10"), null), "in dialogue")
    val refused = expectThrows<RegisterException.Outcome>("resolved without an outcome") {
        reg.moveDeviation(id, "resolved", null, STAFF, day("2025-02-20"), null)
    }
    expect(refused.message?.contains("needs an outcome") == true) { "message: ${refused.message}" }
    val state = reg.moveDeviation(id, "resolved", "Parterna upprättade en SIP tillsammans med klienten.", STAFF, day("2025-02-20"), null)
    expectEqual("resolved", state, "resolved")
    val json = reg.deviationReport(2025, ReportFormat.JSON, null, day("2025-12-31"), null)
    expect(Regex(""""total"\s*:\s*1\b""").containsMatchIn(json)) { "report: $json" }
    // Internal by default: counted, not listed publicly.
    expect(!json.contains(id)) { "internal deviation listed in the public report: $json" }
    val internal = reg.deviationReport(2025, ReportFormat.JSON, null, day("2025-12-31"), Visibility.INTERNAL)
    expect(internal.contains(id)) { "internal report: $internal" }
}

fun deviationRolesCategoriesAndLinks() = Register.inMemory().use { reg ->
    val id = reg.addDeviation(DEVIATION, null, STAFF, null, day("2025-02-03"))
    val shown = reg.showDeviation(id)
    expectEqual(listOf("utebliven_sip" to false), shown.categories.map { it.code to it.confirmed }, "suggested")
    val refused = expectThrows<RegisterException.NotPermitted>("a user representative confirms") {
        reg.confirmDeviationCategories(id, listOf("utebliven SIP"), BRYGGAN, day("2025-02-04"))
    }
    expect(refused.message?.contains("only staff may") == true) { "message: ${refused.message}" }
    expectThrows<RegisterException.NotPermitted>("a user representative links") {
        reg.linkDeviationProposal(id, "P-3", BRYGGAN, day("2025-02-04"))
    }
    expectEqual(1u, reg.showDeviation(id).events, "events after refusals")
    val confirmed = reg.confirmDeviationCategories(id, listOf("utebliven SIP", "helhetssyn"), STAFF, day("2025-02-04"))
    expectEqual(
        listOf("utebliven_sip" to true, "helhetssyn" to true),
        confirmed.categories.map { it.code to it.confirmed },
        "confirmed",
    )
    expectEqual(Visibility.PUBLIC, reg.publishDeviation(id, Visibility.PUBLIC, STAFF, day("2025-02-05")).visibility, "published")
    // Events take the deviation's visibility when made: this link is public.
    expectEqual(listOf("P-3"), reg.linkDeviationProposal(id, "P-3", STAFF, day("2025-02-06")).proposals, "linked")
    expectThrows<RegisterException.InvalidInput>("the same link twice") {
        reg.linkDeviationProposal(id, "P-3", STAFF, day("2025-02-06"))
    }
    val json = reg.deviationReport(2025, ReportFormat.JSON, null, day("2025-12-31"), null)
    expect(json.contains(id) && json.contains("P-3")) { "public report: $json" }
}

fun deviationSettingsAreKeptInTheRegister() = Register.inMemory().use { reg ->
    val settings = reg.deviationSettings()
    expectEqual("ovrigt", settings.fallbackCategory, "fallback")
    val waiting = DeviationCategoryDefinition("vantetid", "Väntetid", "Waiting time", listOf("fick vänta"))
    expectThrows<RegisterException.NotPermitted>("a user representative configures") {
        reg.addDeviationCategory(waiting, BRYGGAN)
    }
    expectEqual("vantetid", reg.addDeviationCategory(waiting, STAFF).categories.last().code, "added category")
    reg.addKnownParty(KnownParty("solgläntans boende", PartyKind.MUNICIPALITY, listOf("solgläntan")), STAFF)
    val text = DEVIATION.replace("Psykiatrin", "Solgläntan")
        .replace("Ingen SIP gjordes trots att klienten bad om det.", "Klienten fick vänta i tre veckor.")
    val id = reg.addDeviation(text, null, STAFF, null, day("2025-02-03"))
    val shown = reg.showDeviation(id)
    expectEqual(listOf("solgläntans boende"), shown.involved, "known party")
    expectEqual(listOf("vantetid"), shown.categories.map { it.code }, "suggested from the new keyword")
    val inUse = expectThrows<RegisterException.InvalidInput>("removing a category in use") {
        reg.removeDeviationCategory("vantetid", STAFF)
    }
    expect(inUse.message?.contains(id) == true) { "message: ${inUse.message}" }
    expectEqual(settings.categories.size, reg.removeDeviationCategory("kompetens", STAFF).categories.size, "removed one")
}

val tests: List<Pair<String, () -> Unit>> = listOf(
    "scenario: a no needs a justification" to ::scenarioANoNeedsAJustification,
    "scenario: an acceptance in part needs a justification" to ::scenarioAnAcceptanceInPartNeedsAJustification,
    "scenario: an OCR sentence is restored" to ::scenarioAnOcrSentenceIsRestored,
    "scenario: a short note is parsed" to ::scenarioAShortNoteIsParsed,
    "normalizeText gives the restored text alone" to ::normalizeTextGivesTheRestoredTextAlone,
    "Latin-1 bytes are decoded" to ::latin1BytesAreDecoded,
    "a vocabulary teaches local names" to ::aVocabularyTeachesLocalNames,
    "queries and reports" to ::queriesAndReports,
    "notes are ingested once" to ::notesAreIngestedOnce,
    "decisions, due days and done marks" to ::decisionsDueDaysAndDoneMarks,
    "a printed e-mail thread is messages and a refusal" to ::aPrintedEmailThreadIsMessagesAndARefusal,
    "a matter considered answered is its own outcome" to ::aMatterConsideredAnsweredIsItsOwnOutcome,
    "a letter under a letterhead is dated by its head" to ::aLetterUnderALetterheadIsDatedByItsHead,
    "decisions in notes move proposals" to ::decisionsInNotesMoveProposals,
    "a board's minutes move the proposal a group raised" to ::aBoardsMinutesMoveTheProposalAGroupRaised,
    "deviations are followed and reported" to ::deviationsAreFollowedAndReported,
    "deviation roles, categories and links" to ::deviationRolesCategoriesAndLinks,
    "deviation settings are kept in the register" to ::deviationSettingsAreKeptInTheRegister,
    "a register is shared between threads" to ::aRegisterIsSharedBetweenThreads,
    "a file register keeps its history" to ::aFileRegisterKeepsItsHistory,
    "bad input is the library's own error" to ::badInputIsTheLibrarysOwnError,
    "version is the crate version" to { expect(Regex("""^\d+\.\d+\.\d+.*""").matches(version())) { version() } },
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
