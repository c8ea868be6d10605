// Tests of the Swift bindings of delaktig: the same scenario as the Kotlin and Python tests
// (register, a refused bare "no", a justified rejection, OCR restoration, notes parsing) plus
// errors and listeners. They need a machine with Swift (see bindings/README.md); on Linux
// CI, run-tests.sh only parses this file with the tree-sitter Swift grammar.
import Foundation
import XCTest

@testable import Delaktig

let staff = Actor(name: "Socialförvaltningen", role: .staff)
let bryggan = Actor(name: "Bryggan", role: .userRepresentative)
let ocr = "Vi ses pa métet i férvaltningen 6ver lunch."
let note = """
    Bryggangruppen 19 januari 2019

    Närvarande

    Per Norbeck, Bryggan

    Leif Redestig, socialförvaltningen

    1. Gemensam arbetsgrupp

    Förslaget är att vi bildar en gemensam arbetsgrupp. David ska skicka ut en inbjudan. Vilka har tid att sitta med?

    Nästa möte: 7 oktober, Tema: Boende

    """

func day(_ iso: String) -> Date {
    ISO8601DateFormatter().date(from: iso + "T00:00:00Z")!
}

final class Recorder: RegisterListener, @unchecked Sendable {
    private let lock = NSLock()
    private var events: [(String, EventKind)] = []

    var seen: [(String, EventKind)] {
        lock.lock()
        defer { lock.unlock() }
        return events
    }

    func onEvent(proposal: ProposalId, event: HistoryEvent) throws {
        lock.lock()
        defer { lock.unlock() }
        events.append((proposal, event.kind))
    }
}

final class Failing: RegisterListener, @unchecked Sendable {
    func onEvent(proposal: ProposalId, event: HistoryEvent) throws {
        throw ListenerError.Failed(reason: "notification service offline")
    }
}

final class ScenarioTests: XCTestCase {
    func testANoNeedsAJustification() throws {
        let reg = try Register.inMemory()
        let recorder = Recorder()
        reg.addListener(listener: recorder)
        reg.addListener(listener: Failing())
        let id = try reg.raiseProposal(
            proposal: NewProposal(title: "Checklista för nya handläggare"), by: bryggan,
            at: day("2026-01-19"))
        XCTAssertEqual(id, "P-1")

        XCTAssertThrowsError(
            try reg.moveProposal(
                id: id, request: MoveRequest(to: .rejected), by: staff, at: day("2026-02-02"))
        ) { error in
            guard case RegisterError.Justification(let message) = error else {
                return XCTFail("expected RegisterError.Justification, got \(error)")
            }
            XCTAssertTrue(
                message.contains("rejection of proposal P-1 needs a justification"), message)
        }
        let unchanged = try reg.show(id: id)
        XCTAssertEqual(unchanged.state, .received)
        XCTAssertEqual(unchanged.events.count, 1)

        let why = "Rutinen finns redan i handboken sedan 2024"
        let event = try reg.moveProposal(
            id: id, request: MoveRequest(to: .rejected, text: why), by: staff,
            at: day("2026-02-02"))
        XCTAssertEqual(event.toState, .rejected)
        XCTAssertEqual(event.justification, why)
        XCTAssertEqual(event.at, day("2026-02-02"))

        let shown = try reg.show(id: id)
        XCTAssertEqual(shown.state, .rejected)
        XCTAssertEqual(shown.currentText, why)
        // The failing listener neither broke the command nor silenced the recorder.
        XCTAssertEqual(recorder.seen.map { $0.0 }, ["P-1", "P-1"])
        XCTAssertEqual(recorder.seen.map { $0.1 }, [.raised, .moved])
    }

    func testAnAcceptanceInPartNeedsAJustification() throws {
        let reg = try Register.inMemory()
        let id = try reg.raiseProposal(
            proposal: NewProposal(title: "Kvällsöppet två dagar i veckan"), by: bryggan,
            at: day("2026-01-19"))
        XCTAssertThrowsError(
            try reg.moveProposal(
                id: id, request: MoveRequest(to: .accepted, partly: true), by: staff,
                at: day("2026-02-02"))
        ) { error in
            guard case RegisterError.Justification = error else {
                return XCTFail("expected RegisterError.Justification, got \(error)")
            }
        }
        XCTAssertEqual(try reg.show(id: id).state, .received)
        let why = "En andra kväll ryms inte i årets budget"
        let event = try reg.moveProposal(
            id: id, request: MoveRequest(to: .accepted, text: why, partly: true), by: staff,
            at: day("2026-02-02"))
        XCTAssertEqual(event.toState, .accepted)
        XCTAssertEqual(event.justification, why)
        XCTAssertEqual(try reg.show(id: id).currentText, why)
    }

    func testAnOcrSentenceIsRestored() throws {
        let out = try normalize(text: ocr)
        XCTAssertEqual(out.text, "Vi ses på mötet i förvaltningen över lunch.")
        XCTAssertEqual(out.changes.map { $0.original }, ["pa", "métet", "férvaltningen", "6ver"])
        XCTAssertEqual(out.changes.map { $0.replacement }, ["på", "mötet", "förvaltningen", "över"])
        let bytes = Array(ocr.utf8)
        for change in out.changes {
            let span = bytes[Int(change.start)..<Int(change.end)]
            XCTAssertEqual(String(decoding: span, as: UTF8.self), change.original)
        }
    }

    func testNormalizeTextGivesTheRestoredTextAlone() throws {
        let n = Normalizer()
        XCTAssertEqual(try n.normalizeText(text: ocr), try n.normalize(text: ocr).text)
        XCTAssertNotEqual(try n.normalizeText(text: ocr), ocr)
    }

    func testLatin1BytesAreDecoded() throws {
        let raw = "Vi ses på mötet.".data(using: .isoLatin1)!
        XCTAssertEqual(try decodeText(bytes: raw, encoding: .auto), "Vi ses på mötet.")
        XCTAssertEqual(try decodeText(bytes: raw, encoding: .windows1252), "Vi ses på mötet.")
        XCTAssertThrowsError(try decodeText(bytes: raw, encoding: .utf8)) { error in
            guard case NormalizeError.InvalidUtf8 = error else {
                return XCTFail("expected NormalizeError.InvalidUtf8, got \(error)")
            }
        }
        XCTAssertThrowsError(try decodeText(bytes: Data([0x50, 0x4b, 0x03, 0x04, 0x00]), encoding: .auto)) { error in
            guard case NormalizeError.NotText = error else {
                return XCTFail("expected NormalizeError.NotText, got \(error)")
            }
        }
    }

    func testAVocabularyTeachesLocalNames() throws {
        let damaged = "Vi besöker Trollgardet i morgon."
        XCTAssertEqual(try normalize(text: damaged).text, damaged)
        let vocab = Vocabulary()
        try vocab.addName(name: "Trollgärdet")
        let n = try Normalizer.withVocabulary(vocabulary: vocab, options: nil)
        XCTAssertEqual(try n.normalize(text: damaged).text, "Vi besöker Trollgärdet i morgon.")
    }

    func testAShortNoteIsParsed() throws {
        let doc = try parseNotes(text: note, options: ParseOptions())
        XCTAssertEqual(doc.title, "Bryggangruppen 19 januari 2019")
        let meeting = try XCTUnwrap(doc.meetings.first)
        XCTAssertEqual(meeting.group, "Bryggangruppen")
        XCTAssertEqual(meeting.date, day("2019-01-19"))
        XCTAssertEqual(meeting.attendees.map { $0.name }, ["Per Norbeck", "Leif Redestig"])
        XCTAssertEqual(doc.actions.first?.who, "David")
        XCTAssertEqual(doc.questions, ["Vilka har tid att sitta med?"])
    }

    func testDecisionsDueDaysAndDoneMarks() throws {
        let doc = try parseNotes(text: "Brukarrådet 4 november 2025\n\n1. Öppettider\n\nRSMH föreslår att träfflokalen ska hålla öppet även på lördagar.\nBeslut: Förslaget avslås eftersom det saknas personal för helgerna.\n\n- [x] Maria skickar ut protokollet senast vecka 46.\n", options: ParseOptions())
        XCTAssertEqual(doc.decisions.first?.outcome, .rejected)
        XCTAssertEqual(doc.decisions.first?.justification, "det saknas personal för helgerna")
        XCTAssertEqual(doc.decisions.first?.proposal, 0)
        XCTAssertEqual(doc.actions.first?.done, true)
        XCTAssertEqual(doc.actions.first?.due, day("2025-11-10"))
    }

    func testAPrintedEmailThreadIsMessagesAndARefusal() throws {
        let doc = try parseNotes(text: "Från: Eva Ek <eva@exempel.se>\nDatum: 3 februari 2026\nÄmne: Lördagar\n\nVi föreslår att träffpunkten har öppet på lördagar.\n\nFrån: Lars Sjöström\nDatum: 18 februari 2026\nÄmne: Sv: Lördagar\n\nVi kan tyvärr inte öppna på lördagar eftersom budgeten är fastställd.\n", options: ParseOptions())
        XCTAssertEqual(doc.title, "Lördagar")
        XCTAssertEqual(doc.messages.map { $0.sender }, ["Eva Ek", "Lars Sjöström"])
        XCTAssertEqual(doc.messages.last?.date, day("2026-02-18"))
        XCTAssertEqual(doc.messages.last?.reply, true)
        XCTAssertEqual(doc.proposals.first?.by, "Eva Ek")
        XCTAssertEqual(doc.decisions.first?.outcome, .rejected)
        XCTAssertEqual(doc.decisions.first?.justification, "budgeten är fastställd")
    }

    func testALetterUnderALetterheadIsDatedByItsHead() throws {
        let doc = try parseNotes(text: "Socialförvaltningen\nIndivid- och familjeomsorgen\nDatum: 2025-04-02\n\nTill Brukarföreningen Ankaret\n\nSvar på era frågor\n\nFråga 1: Kan träffpunkten ha öppet på lördagar?\nSvar: Nej. Det finns ingen personal på helgerna.\n", options: ParseOptions())
        XCTAssertEqual(doc.date, day("2025-04-02"))
        XCTAssertEqual(doc.proposals.first?.by, "Brukarföreningen Ankaret")
        XCTAssertEqual(doc.decisions.first?.outcome, .rejected)
    }

    func testAMatterConsideredAnsweredIsItsOwnOutcome() throws {
        let doc = try parseNotes(text: "Kommunfullmäktige\n\nPROTOKOLLSUTDRAG\n\nSammanträdesdatum: 2025-11-24\n\n§ 141 Medborgarförslag om fler bänkar vid Lindåsen\n\nÄrendebeskrivning\nEn medborgare föreslår att kommunen sätter upp fler bänkar längs promenadstråket vid Lindåsen.\n\nBeslut\nKommunfullmäktige beslutar\n1. att anse medborgarförslaget besvarat.\n\nMotivering\nSex nya bänkar sätts upp under våren 2026.\n", options: ParseOptions())
        XCTAssertEqual(doc.decisions.first?.outcome, .answered)
        XCTAssertEqual(doc.decisions.first?.justification, "Sex nya bänkar sätts upp under våren 2026")
        XCTAssertEqual(doc.decisions.first?.proposal, 0)
    }
}

final class RegisterTests: XCTestCase {
    func testQueriesAndReports() throws {
        let reg = try Register.inMemory()
        let a = try reg.raiseProposal(
            proposal: NewProposal(title: "Fler bänkar"), by: bryggan, at: day("2025-01-10"))
        let b = try reg.raiseProposal(
            proposal: NewProposal(title: "Tolk vid möten"), by: bryggan, at: day("2025-03-01"))
        _ = try reg.moveProposal(
            id: b, request: MoveRequest(to: .accepted), by: staff, at: day("2025-03-15"))
        XCTAssertEqual(try reg.list(filter: ListFilter(state: .accepted)).map { $0.id }, [b])
        XCTAssertEqual(
            try reg.stalled(today: day("2026-06-01"), policy: nil).map { $0.proposal.id }, [a, b])
        let march = try reg.monthlySummary(day: day("2025-03-20"), policy: nil)
        XCTAssertEqual(march.raised, 1)
        XCTAssertEqual(march.movedForward, 1)
        let md = try reg.report(format: .markdown, options: ReportOptions(today: day("2025-04-01")))
        XCTAssertTrue(md.contains("Tolk vid möten"), md)
    }

    func testNotesAreIngestedOnce() throws {
        let reg = try Register.inMemory()
        let first = try reg.ingestNotes(
            text: note, options: IngestOptions(), by: staff, today: day("2026-01-01"))
        XCTAssertFalse(first.alreadyImported)
        XCTAssertEqual(first.created.count, 1)
        XCTAssertEqual(try reg.show(id: first.created[0]).created, day("2019-01-19"))
        let again = try reg.ingestNotes(
            text: note, options: IngestOptions(), by: staff, today: day("2026-01-01"))
        XCTAssertTrue(again.alreadyImported)
        XCTAssertEqual(try reg.count(), 1)
        let copy = try reg.ingestNotes(
            text: note + "\nAntecknat av Leif.\n", options: IngestOptions(), by: staff,
            today: day("2026-01-01"))
        XCTAssertTrue(copy.sameMeeting)
        XCTAssertFalse(copy.alreadyImported)
        XCTAssertEqual(copy.meeting, first.meeting)
        XCTAssertEqual(try reg.count(), 1)
    }

    func testDecisionsInNotesMoveProposals() throws {
        let reg = try Register.inMemory()
        let text = "Brukarrådet 4 november 2025\n\n1. Öppettider\n\n"
            + "RSMH föreslår att träfflokalen ska hålla öppet även på lördagar.\n"
            + "Beslut: Förslaget avslås eftersom det saknas personal och budget för helgbemanning.\n\n"
            + "2. Busskort\n\nAnkaret föreslår gratis busskort för deltagare i dagverksamheten.\n"
            + "Förslaget avslogs.\n"
        let done = try reg.ingestNotes(
            text: text, options: IngestOptions(), by: staff, today: day("2026-01-01"))
        XCTAssertEqual(done.created.count, 2)
        XCTAssertEqual(done.decided.map { $0.state }, [.rejected])
        XCTAssertEqual(try reg.show(id: done.created[0]).state, .rejected)
        XCTAssertEqual(done.undecided.map { $0.proposal }, [done.created[1]])
        XCTAssertEqual(try reg.show(id: done.created[1]).state, .received)
    }

    func testABoardsMinutesMoveTheProposalAGroupRaised() throws {
        let reg = try Register.inMemory()
        let group = "Brukarrådet 2 september 2025\n\nNärvarande\nAnna Berg, RSMH\nPer Ek, socialtjänsten\n\n"
            + "1. Stödsamtal\nBrukarrådet föreslår att öppenvården ska erbjuda stödsamtal en kväll i veckan.\n"
        let raised = try reg.ingestNotes(
            text: group, options: IngestOptions(), by: staff, today: day("2026-01-01"))
        XCTAssertEqual(raised.created.count, 1)
        let board = "Individ- och familjenämnden\n\nPROTOKOLLSUTDRAG\n\nSammanträdesdatum: 2025-10-14\n\n"
            + "§ 112\nFörslag från brukarrådet om stödsamtal på kvällstid\n\n"
            + "Brukarrådet lämnade den 2 september 2025 ett förslag om att öppenvården ska erbjuda "
            + "stödsamtal en kväll i veckan.\n\n"
            + "Beslut\nIndivid- och familjenämnden beslutar\n1. att avslå förslaget.\n\n"
            + "Motivering\nÖppenvården saknar personal för kvällstid under 2026.\n"
        let decided = try reg.ingestNotes(
            text: board, options: IngestOptions(), by: staff, today: day("2026-01-01"))
        // No second proposal: the board's "no" moves the group's own, with its reason.
        XCTAssertEqual(decided.created.count, 0)
        XCTAssertEqual(decided.discussed, raised.created)
        let details = try reg.show(id: raised.created[0])
        XCTAssertEqual(details.state, .rejected)
        XCTAssertTrue(details.currentText?.contains("saknar personal") ?? false)
    }

    func testDeviationsRolesCategoriesAndSettings() throws {
        let reg = try Register.inMemory()
        let text = "Datum: 2025-02-03\nDatum för händelsen: 2025-02-01\nRapporterande enhet: Socialtjänsten\n"
            + "Berörda parter: Psykiatrin\nBeskrivning: Ingen SIP gjordes trots att klienten bad om det.\n"
        let id = try reg.addDeviation(
            text: text, reporter: nil, by: bryggan, visibility: nil, today: day("2025-02-03"))
        XCTAssertEqual(id, "A-2025-001")
        XCTAssertThrowsError(
            try reg.confirmDeviationCategories(
                id: id, categories: ["utebliven SIP"], by: bryggan, at: day("2025-02-04"))
        ) { error in
            guard case RegisterError.NotPermitted(let message) = error else {
                return XCTFail("expected RegisterError.NotPermitted, got \(error)")
            }
            XCTAssertTrue(message.contains("only staff may"), message)
        }
        let confirmed = try reg.confirmDeviationCategories(
            id: id, categories: ["utebliven SIP"], by: staff, at: day("2025-02-04"))
        XCTAssertEqual(confirmed.categories.map { $0.confirmed }, [true])
        let linked = try reg.linkDeviationProposal(
            id: id, proposal: "P-3", by: staff, at: day("2025-02-05"))
        XCTAssertEqual(linked.proposals, ["P-3"])
        XCTAssertThrowsError(
            try reg.moveDeviation(
                id: id, to: "resolved", text: nil, by: staff, at: day("2025-02-06"), visibility: nil)
        ) { error in
            guard case RegisterError.Outcome = error else {
                return XCTFail("expected RegisterError.Outcome, got \(error)")
            }
        }
        let published = try reg.publishDeviation(
            id: id, visibility: .public, by: staff, at: day("2025-02-07"))
        XCTAssertEqual(published.visibility, .public)
        let waiting = DeviationCategoryDefinition(
            code: "vantetid", labelSv: "Väntetid", labelEn: "Waiting time", keywords: ["fick vänta"])
        let settings = try reg.addDeviationCategory(category: waiting, by: staff)
        XCTAssertEqual(settings.categories.last?.code, "vantetid")
        let report = try reg.deviationReport(
            year: 2025, format: .json, lang: nil, asOf: day("2025-12-31"), audience: nil)
        XCTAssertTrue(report.contains(id), report)
    }

    func testBadInputIsTheLibrarysOwnError() throws {
        let reg = try Register.inMemory()
        XCTAssertThrowsError(try reg.show(id: "not an id")) { error in
            guard case RegisterError.InvalidInput(let message) = error else {
                return XCTFail("expected RegisterError.InvalidInput, got \(error)")
            }
            XCTAssertTrue(message.contains("not an id"), message)
        }
        let outOfRange = NormalizeOptions(minConfidence: 2)
        XCTAssertThrowsError(try Normalizer.withOptions(options: outOfRange)) { error in
            guard case NormalizeError.InvalidOptions = error else {
                return XCTFail("expected NormalizeError.InvalidOptions, got \(error)")
            }
        }
        XCTAssertThrowsError(try Vocabulary().addWord(word: "två ord", frequency: 10)) { error in
            guard case VocabularyError.NotOneWord = error else {
                return XCTFail("expected VocabularyError.NotOneWord, got \(error)")
            }
        }
    }
}
