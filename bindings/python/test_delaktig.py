"""Tests of the Python bindings of delaktig: the shared scenario (register, a refused bare "no",
a justified rejection, OCR restoration, notes parsing) plus errors, listeners and threads.

Run by bindings/run-tests.sh as
    PYTHONPATH=bindings/python/generated python3 bindings/python/test_delaktig.py
"""

import datetime
import json
import sys
import threading
import unittest

import delaktig

UTC = datetime.timezone.utc
STAFF = delaktig.Actor(name="Socialförvaltningen", role=delaktig.Role.STAFF)
BRYGGAN = delaktig.Actor(name="Bryggan", role=delaktig.Role.USER_REPRESENTATIVE)
OCR = "Vi ses pa métet i férvaltningen 6ver lunch."
NOTE = (
    "Bryggangruppen 19 januari 2019\n\nNärvarande\n\nPer Norbeck, Bryggan\n\n"
    "Leif Redestig, socialförvaltningen\n\n1. Gemensam arbetsgrupp\n\n"
    "Förslaget är att vi bildar en gemensam arbetsgrupp. David ska skicka ut en inbjudan. "
    "Vilka har tid att sitta med?\n\nNästa möte: 7 oktober, Tema: Boende\n"
)


def day(y, m, d):
    return datetime.datetime(y, m, d, tzinfo=UTC)


def move(to, text=None):
    return delaktig.MoveRequest(to=to, text=text)


class Recorder(delaktig.RegisterListener):
    def __init__(self):
        self.seen = []

    def on_event(self, proposal, event):
        self.seen.append((proposal, event.kind))


class Failing(delaktig.RegisterListener):
    def on_event(self, proposal, event):
        raise RuntimeError("notification service offline")


class ScenarioTest(unittest.TestCase):
    def test_a_no_needs_a_justification(self):
        reg = delaktig.Register.in_memory()
        recorder = Recorder()
        reg.add_listener(recorder)
        reg.add_listener(Failing())
        pid = reg.raise_proposal(
            delaktig.NewProposal(title="Checklista för nya handläggare"), BRYGGAN, day(2026, 1, 19)
        )
        self.assertEqual(pid, "P-1")

        with self.assertRaises(delaktig.RegisterError.Justification) as refused:
            reg.move_proposal(pid, move(delaktig.ProposalState.REJECTED), STAFF, day(2026, 2, 2))
        self.assertIn("rejection of proposal P-1 needs a justification", str(refused.exception))
        unchanged = reg.show(pid)
        self.assertEqual(unchanged.state, delaktig.ProposalState.RECEIVED)
        self.assertEqual(len(unchanged.events), 1)

        why = "Rutinen finns redan i handboken sedan 2024"
        event = reg.move_proposal(
            pid, move(delaktig.ProposalState.REJECTED, why), STAFF, day(2026, 2, 2)
        )
        self.assertEqual(event.to_state, delaktig.ProposalState.REJECTED)
        self.assertEqual(event.justification, why)
        self.assertIsInstance(event.at, datetime.datetime)
        self.assertEqual(event.at, day(2026, 2, 2))

        shown = reg.show(pid)
        self.assertEqual(shown.state, delaktig.ProposalState.REJECTED)
        self.assertEqual(shown.current_text, why)
        # The failing listener neither broke the command nor silenced the recorder.
        self.assertEqual(
            recorder.seen,
            [("P-1", delaktig.EventKind.RAISED), ("P-1", delaktig.EventKind.MOVED)],
        )

    def test_an_acceptance_in_part_needs_a_justification(self):
        reg = delaktig.Register.in_memory()
        pid = reg.raise_proposal(
            delaktig.NewProposal(title="Kvällsöppet två dagar i veckan"), BRYGGAN, day(2026, 1, 19)
        )
        partly = lambda text=None: delaktig.MoveRequest(
            to=delaktig.ProposalState.ACCEPTED, text=text, partly=True
        )
        with self.assertRaises(delaktig.RegisterError.Justification):
            reg.move_proposal(pid, partly(), STAFF, day(2026, 2, 2))
        self.assertEqual(reg.show(pid).state, delaktig.ProposalState.RECEIVED)
        why = "En andra kväll ryms inte i årets budget"
        event = reg.move_proposal(pid, partly(why), STAFF, day(2026, 2, 2))
        self.assertEqual(event.to_state, delaktig.ProposalState.ACCEPTED)
        self.assertEqual(event.justification, why)
        self.assertEqual(reg.show(pid).current_text, why)

    def test_an_ocr_sentence_is_restored(self):
        out = delaktig.normalize(OCR)
        self.assertEqual(out.text, "Vi ses på mötet i förvaltningen över lunch.")
        self.assertEqual(
            [(c.original, c.replacement) for c in out.changes],
            [("pa", "på"), ("métet", "mötet"), ("férvaltningen", "förvaltningen"), ("6ver", "över")],
        )
        raw = OCR.encode("utf-8")
        for c in out.changes:
            self.assertEqual(raw[c.start : c.end].decode("utf-8"), c.original)

    def test_a_vocabulary_teaches_local_names(self):
        damaged = "Vi besöker Trollgardet i morgon."
        self.assertEqual(delaktig.normalize(damaged).text, damaged)
        vocab = delaktig.Vocabulary()
        vocab.add_name("Trollgärdet")
        restored = delaktig.Normalizer.with_vocabulary(vocab, None).normalize(damaged)
        self.assertEqual(restored.text, "Vi besöker Trollgärdet i morgon.")


    def test_normalize_text_gives_the_restored_text_alone(self):
        n = delaktig.Normalizer()
        self.assertEqual(n.normalize_text(OCR), n.normalize(OCR).text)
        self.assertNotEqual(n.normalize_text(OCR), OCR)
    def test_latin_1_bytes_are_decoded(self):
        raw = b"Vi ses p\xe5 m\xf6tet."
        self.assertEqual(delaktig.decode_text(raw, delaktig.TextEncoding.AUTO), "Vi ses på mötet.")
        self.assertEqual(delaktig.decode_text(raw, delaktig.TextEncoding.WINDOWS1252), "Vi ses på mötet.")
        with self.assertRaises(delaktig.NormalizeError.InvalidUtf8):
            delaktig.decode_text(raw, delaktig.TextEncoding.UTF8)
        with self.assertRaises(delaktig.NormalizeError.NotText):
            delaktig.decode_text(b"PK\x03\x04\x00", delaktig.TextEncoding.AUTO)

    def test_a_short_note_is_parsed(self):
        doc = delaktig.parse_notes(NOTE, delaktig.ParseOptions())
        self.assertEqual(doc.title, "Bryggangruppen 19 januari 2019")
        meeting = doc.meetings[0]
        self.assertEqual(meeting.group, "Bryggangruppen")
        self.assertEqual(meeting.date, day(2019, 1, 19))
        self.assertEqual([a.name for a in meeting.attendees], ["Per Norbeck", "Leif Redestig"])
        self.assertEqual(doc.actions[0].who, "David")
        self.assertEqual(doc.questions, ["Vilka har tid att sitta med?"])

    def test_decisions_due_days_and_done_marks(self):
        doc = delaktig.parse_notes("Brukarrådet 4 november 2025\n\n1. Öppettider\n\nRSMH föreslår att träfflokalen ska hålla öppet även på lördagar.\nBeslut: Förslaget avslås eftersom det saknas personal för helgerna.\n\n- [x] Maria skickar ut protokollet senast vecka 46.\n", delaktig.ParseOptions())
        self.assertEqual(doc.decisions[0].outcome, delaktig.DecisionOutcome.REJECTED)
        self.assertEqual(doc.decisions[0].justification, "det saknas personal för helgerna")
        self.assertEqual(doc.decisions[0].proposal, 0)
        self.assertTrue(doc.actions[0].done)
        self.assertEqual(doc.actions[0].due, day(2025, 11, 10))

    def test_a_printed_email_thread_is_messages_and_a_refusal(self):
        doc = delaktig.parse_notes("Från: Eva Ek <eva@exempel.se>\nDatum: 3 februari 2026\nÄmne: Lördagar\n\nVi föreslår att träffpunkten har öppet på lördagar.\n\nFrån: Lars Sjöström\nDatum: 18 februari 2026\nÄmne: Sv: Lördagar\n\nVi kan tyvärr inte öppna på lördagar eftersom budgeten är fastställd.\n", delaktig.ParseOptions())
        self.assertEqual(doc.title, "Lördagar")
        self.assertEqual([m.sender for m in doc.messages], ["Eva Ek", "Lars Sjöström"])
        self.assertEqual(doc.messages[1].date, day(2026, 2, 18))
        self.assertTrue(doc.messages[1].reply)
        self.assertEqual(doc.proposals[0].by, "Eva Ek")
        self.assertEqual(doc.decisions[0].outcome, delaktig.DecisionOutcome.REJECTED)
        self.assertEqual(doc.decisions[0].justification, "budgeten är fastställd")


    def test_a_matter_considered_answered_is_its_own_outcome(self):
        doc = delaktig.parse_notes("Kommunfullmäktige\n\nPROTOKOLLSUTDRAG\n\nSammanträdesdatum: 2025-11-24\n\n§ 141 Medborgarförslag om fler bänkar vid Lindåsen\n\nÄrendebeskrivning\nEn medborgare föreslår att kommunen sätter upp fler bänkar längs promenadstråket vid Lindåsen.\n\nBeslut\nKommunfullmäktige beslutar\n1. att anse medborgarförslaget besvarat.\n\nMotivering\nSex nya bänkar sätts upp under våren 2026.\n", delaktig.ParseOptions())
        self.assertEqual(doc.decisions[0].outcome, delaktig.DecisionOutcome.ANSWERED)
        self.assertEqual(doc.decisions[0].justification, "Sex nya bänkar sätts upp under våren 2026")
        self.assertEqual(doc.decisions[0].proposal, 0)

    def test_a_letter_under_a_letterhead_is_dated_by_its_head(self):
        doc = delaktig.parse_notes("Socialförvaltningen\nIndivid- och familjeomsorgen\nDatum: 2025-04-02\n\nTill Brukarföreningen Ankaret\n\nSvar på era frågor\n\nFråga 1: Kan träffpunkten ha öppet på lördagar?\nSvar: Nej. Det finns ingen personal på helgerna.\n", delaktig.ParseOptions())
        self.assertEqual(doc.date, day(2025, 4, 2))
        self.assertEqual(doc.proposals[0].by, "Brukarföreningen Ankaret")
        self.assertEqual(doc.decisions[0].outcome, delaktig.DecisionOutcome.REJECTED)

class RegisterTest(unittest.TestCase):
    def test_queries_and_reports(self):
        reg = delaktig.Register.in_memory()
        a = reg.raise_proposal(delaktig.NewProposal(title="Fler bänkar"), BRYGGAN, day(2025, 1, 10))
        b = reg.raise_proposal(delaktig.NewProposal(title="Tolk vid möten"), BRYGGAN, day(2025, 3, 1))
        reg.move_proposal(b, move(delaktig.ProposalState.ACCEPTED), STAFF, day(2025, 3, 15))
        accepted = reg.list(delaktig.ListFilter(state=delaktig.ProposalState.ACCEPTED))
        self.assertEqual([s.id for s in accepted], [b])
        stalled = reg.stalled(day(2026, 6, 1), None)
        self.assertEqual([s.proposal.id for s in stalled], [a, b])
        march = reg.monthly_summary(day(2025, 3, 20), None)
        self.assertEqual((march.raised, march.moved_forward), (1, 1))
        md = reg.report(delaktig.ReportFormat.MARKDOWN, delaktig.ReportOptions(today=day(2025, 4, 1)))
        self.assertIn("Tolk vid möten", md)

    def test_a_public_report_is_always_redacted(self):
        reg = delaktig.Register.in_memory()
        draft = delaktig.NewProposal(
            title="Ring tillbaka",
            description="Handläggaren Anna Svensson nås på 070-123 45 67 eller anna.svensson@example.se, "
            "personnummer 19811218-9876.",
        )
        pid = reg.raise_proposal(draft, BRYGGAN, day(2025, 3, 1))
        reg.move_proposal(pid, move(delaktig.ProposalState.ACCEPTED), STAFF, day(2025, 3, 2))
        personal = ["Anna Svensson", "070-123 45 67", "anna.svensson@example.se", "19811218-9876"]
        for options in (
            delaktig.ReportOptions(today=day(2025, 4, 1)),
            delaktig.ReportOptions(today=day(2025, 4, 1), redact=delaktig.Redaction()),
        ):
            for fmt in (delaktig.ReportFormat.MARKDOWN, delaktig.ReportFormat.HTML, delaktig.ReportFormat.JSON):
                report = reg.report(fmt, options)
                self.assertIn("Ring tillbaka", report)
                for datum in personal:
                    self.assertNotIn(datum, report)
        report = reg.report(delaktig.ReportFormat.JSON, delaktig.ReportOptions(today=day(2025, 4, 1)))
        self.assertIn("Handläggaren [namn 1] nås på [telefon]", report)

    DEVIATION = (
        "Datum: 2025-02-03\nDatum för händelsen: 2025-02-01\nRapporterande enhet: Socialtjänsten\n"
        "Berörda parter: Psykiatrin\nBeskrivning: Ingen SIP gjordes trots att klienten bad om det.\n"
    )

    def test_deviations_are_followed_and_reported(self):
        reg = delaktig.Register.in_memory()
        did = reg.add_deviation(self.DEVIATION, None, BRYGGAN, None, day(2025, 2, 3))
        self.assertEqual(did, "A-2025-001")
        self.assertEqual(reg.move_deviation(did, "in_dialogue", None, STAFF, day(2025, 2, 10), None), "in_dialogue")
        with self.assertRaises(delaktig.RegisterError.Outcome):
            reg.move_deviation(did, "resolved", None, STAFF, day(2025, 2, 20), None)
        state = reg.move_deviation(
            did, "resolved", "Parterna upprättade en SIP tillsammans med klienten.", STAFF, day(2025, 2, 20), None
        )
        self.assertEqual(state, "resolved")
        report = json.loads(reg.deviation_report(2025, delaktig.ReportFormat.JSON, None, day(2025, 12, 31), None))
        self.assertEqual(report["total"], 1)
        self.assertEqual(report["follow_up"]["resolved"], 1)
        # Internal by default: counted, but not listed in the public report.
        self.assertEqual(report["unlisted"], 1)
        self.assertEqual(report["deviations"], [])
        internal = json.loads(
            reg.deviation_report(
                2025, delaktig.ReportFormat.JSON, None, day(2025, 12, 31), delaktig.Visibility.INTERNAL
            )
        )
        self.assertEqual([r["id"] for r in internal["deviations"]], [did])

    def test_deviation_roles_categories_and_links(self):
        reg = delaktig.Register.in_memory()
        did = reg.add_deviation(self.DEVIATION, None, STAFF, None, day(2025, 2, 3))
        shown = reg.show_deviation(did)
        self.assertEqual(shown.state, "received")
        self.assertEqual(shown.visibility, delaktig.Visibility.INTERNAL)
        self.assertEqual([(c.code, c.confirmed) for c in shown.categories], [("utebliven_sip", False)])
        # Only staff settle categories, link proposals and move the follow-up.
        with self.assertRaises(delaktig.RegisterError.NotPermitted) as refused:
            reg.confirm_deviation_categories(did, ["utebliven SIP"], BRYGGAN, day(2025, 2, 4))
        self.assertIn("only staff may", str(refused.exception))
        with self.assertRaises(delaktig.RegisterError.NotPermitted):
            reg.link_deviation_proposal(did, "P-3", BRYGGAN, day(2025, 2, 4))
        with self.assertRaises(delaktig.RegisterError.NotPermitted):
            reg.move_deviation(did, "in_dialogue", None, BRYGGAN, day(2025, 2, 4), None)
        self.assertEqual(reg.show_deviation(did).events, 1)
        confirmed = reg.confirm_deviation_categories(did, ["utebliven SIP", "helhetssyn"], STAFF, day(2025, 2, 4))
        self.assertEqual(
            [(c.code, c.confirmed) for c in confirmed.categories],
            [("utebliven_sip", True), ("helhetssyn", True)],
        )
        with self.assertRaises(delaktig.RegisterError.InvalidInput):
            reg.confirm_deviation_categories(did, ["väder"], STAFF, day(2025, 2, 4))
        published = reg.publish_deviation(did, delaktig.Visibility.PUBLIC, STAFF, day(2025, 2, 5))
        self.assertEqual(published.visibility, delaktig.Visibility.PUBLIC)
        # Events take the deviation's visibility when made: this link is public.
        linked = reg.link_deviation_proposal(did, "P-3", STAFF, day(2025, 2, 6))
        self.assertEqual(linked.proposals, ["P-3"])
        with self.assertRaises(delaktig.RegisterError.InvalidInput):
            reg.link_deviation_proposal(did, "P-3", STAFF, day(2025, 2, 6))
        report = json.loads(reg.deviation_report(2025, delaktig.ReportFormat.JSON, None, day(2025, 12, 31), None))
        self.assertEqual([r["id"] for r in report["deviations"]], [did])
        self.assertEqual(report["proposals"][0]["proposal"], "P-3")

    def test_deviation_settings_are_kept_in_the_register(self):
        reg = delaktig.Register.in_memory()
        settings = reg.deviation_settings()
        codes = [c.code for c in settings.categories]
        self.assertEqual(codes[:3], ["helhetssyn", "klientfokus", "kommunikation"])
        self.assertEqual(settings.fallback_category, "ovrigt")
        waiting = delaktig.DeviationCategoryDefinition(
            code="vantetid", label_sv="Väntetid", label_en="Waiting time", keywords=["fick vänta"]
        )
        with self.assertRaises(delaktig.RegisterError.NotPermitted):
            reg.add_deviation_category(waiting, BRYGGAN)
        after = reg.add_deviation_category(waiting, STAFF)
        self.assertEqual(after.categories[-1].code, "vantetid")
        after = reg.add_known_party(
            delaktig.KnownParty(name="solgläntans boende", kind=delaktig.PartyKind.MUNICIPALITY, aliases=["solgläntan"]),
            STAFF,
        )
        self.assertEqual(after.parties[-1].name, "solgläntans boende")
        text = self.DEVIATION.replace("Psykiatrin", "Solgläntan").replace(
            "Ingen SIP gjordes trots att klienten bad om det.", "Klienten fick vänta i tre veckor."
        )
        did = reg.add_deviation(text, None, STAFF, None, day(2025, 2, 3))
        shown = reg.show_deviation(did)
        self.assertEqual(shown.involved, ["solgläntans boende"])
        self.assertEqual([c.code for c in shown.categories], ["vantetid"])
        with self.assertRaises(delaktig.RegisterError.InvalidInput) as in_use:
            reg.remove_deviation_category("vantetid", STAFF)
        self.assertIn(did, str(in_use.exception))
        self.assertEqual(len(reg.remove_deviation_category("kompetens", STAFF).categories), len(codes))
        reg.remove_known_party("solgläntans boende", STAFF)
        self.assertNotIn("solgläntans boende", [p.name for p in reg.deviation_settings().parties])

    def test_notes_are_ingested_once(self):
        reg = delaktig.Register.in_memory()
        first = reg.ingest_notes(NOTE, delaktig.IngestOptions(), STAFF, day(2026, 1, 1))
        self.assertFalse(first.already_imported)
        self.assertEqual(len(first.created), 1)
        self.assertEqual(reg.show(first.created[0]).created, day(2019, 1, 19))
        again = reg.ingest_notes(NOTE, delaktig.IngestOptions(), STAFF, day(2026, 1, 1))
        self.assertTrue(again.already_imported)
        self.assertEqual(reg.count(), 1)
        # Another copy of the same meeting (another scan): the same meeting, nothing new.
        copy = reg.ingest_notes(NOTE + "\nAntecknat av Leif.\n", delaktig.IngestOptions(), STAFF, day(2026, 1, 1))
        self.assertFalse(copy.already_imported)
        self.assertTrue(copy.same_meeting)
        self.assertEqual(copy.meeting, first.meeting)
        self.assertEqual(copy.discussed, [])
        self.assertEqual(reg.count(), 1)

    def test_decisions_in_notes_move_proposals(self):
        reg = delaktig.Register.in_memory()
        note = (
            "Brukarrådet 4 november 2025\n\n1. Öppettider\n\n"
            "RSMH föreslår att träfflokalen ska hålla öppet även på lördagar.\n"
            "Beslut: Förslaget avslås eftersom det saknas personal och budget för helgbemanning.\n\n"
            "2. Busskort\n\nAnkaret föreslår gratis busskort för deltagare i dagverksamheten.\n"
            "Förslaget avslogs.\n"
        )
        done = reg.ingest_notes(note, delaktig.IngestOptions(), STAFF, day(2026, 1, 1))
        self.assertEqual(len(done.created), 2)
        self.assertEqual([d.state for d in done.decided], [delaktig.ProposalState.REJECTED])
        self.assertEqual(reg.show(done.created[0]).state, delaktig.ProposalState.REJECTED)
        # The "no" without a reason is reported, and the proposal waits for one.
        self.assertEqual([u.proposal for u in done.undecided], [done.created[1]])
        self.assertEqual(reg.show(done.created[1]).state, delaktig.ProposalState.RECEIVED)

    def test_a_boards_minutes_move_the_proposal_a_group_raised(self):
        reg = delaktig.Register.in_memory()
        group = (
            "Brukarrådet 2 september 2025\n\nNärvarande\nAnna Berg, RSMH\nPer Ek, socialtjänsten\n\n"
            "1. Stödsamtal\nBrukarrådet föreslår att öppenvården ska erbjuda stödsamtal en kväll i veckan.\n"
        )
        raised = reg.ingest_notes(group, delaktig.IngestOptions(), STAFF, day(2026, 1, 1))
        self.assertEqual(len(raised.created), 1)
        board = (
            "Individ- och familjenämnden\n\nPROTOKOLLSUTDRAG\n\nSammanträdesdatum: 2025-10-14\n\n"
            "§ 112\nFörslag från brukarrådet om stödsamtal på kvällstid\n\n"
            "Brukarrådet lämnade den 2 september 2025 ett förslag om att öppenvården ska erbjuda "
            "stödsamtal en kväll i veckan.\n\n"
            "Beslut\nIndivid- och familjenämnden beslutar\n1. att avslå förslaget.\n\n"
            "Motivering\nÖppenvården saknar personal för kvällstid under 2026.\n"
        )
        decided = reg.ingest_notes(board, delaktig.IngestOptions(), STAFF, day(2026, 1, 1))
        # No second proposal: the board's "no" moves the group's own, with its reason.
        self.assertEqual(decided.created, [])
        self.assertEqual(decided.discussed, raised.created)
        details = reg.show(raised.created[0])
        self.assertEqual(details.state, delaktig.ProposalState.REJECTED)
        self.assertIn("saknar personal", details.current_text)

    def test_a_register_is_shared_between_threads(self):
        reg = delaktig.Register.in_memory()

        def work(t):
            for i in range(10):
                reg.raise_proposal(delaktig.NewProposal(title=f"Förslag {t}-{i}"), BRYGGAN, day(2026, 1, 19))

        threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(reg.count(), 40)


class BadInputTest(unittest.TestCase):
    """Bad input arrives as the library's own error, never as a crash."""

    def test_a_malformed_id_is_invalid_input(self):
        reg = delaktig.Register.in_memory()
        with self.assertRaises(delaktig.RegisterError.InvalidInput) as caught:
            reg.show("not an id")
        self.assertIn("not an id", str(caught.exception))
        with self.assertRaises(delaktig.RegisterError.NotFound):
            reg.show("P-404")

    def test_other_areas(self):
        with self.assertRaises(delaktig.NormalizeError.InvalidOptions):
            delaktig.Normalizer.with_options(delaktig.NormalizeOptions(min_confidence=2.0))
        with self.assertRaises(delaktig.NormalizeError.InvalidUtf8):
            delaktig.Normalizer().normalize_bytes(b"pa \xff")
        with self.assertRaises(delaktig.ParseError.InvalidUtf8):
            delaktig.parse_notes_bytes(b"\xc3\x28", delaktig.ParseOptions())
        vocab = delaktig.Vocabulary()
        with self.assertRaises(delaktig.VocabularyError.NotOneWord):
            vocab.add_word("två ord", 10)
        vocab.add_name("Sköldenborg")
        self.assertTrue(vocab.contains_name("Sköldenborg"))
        vocab.add_word("brukarrådet", 50)
        self.assertTrue(vocab.contains("brukarrådet"))

    def test_a_register_path_that_is_not_a_register(self):
        import tempfile, os

        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "notes.txt")
            with open(path, "w") as f:
                f.write(NOTE * 50)
            with self.assertRaises(delaktig.RegisterError.NotARegister):
                delaktig.Register.open(path)


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    failed = len(result.failures) + len(result.errors)
    print(f"python: {result.testsRun - failed} passed, {failed} failed")
    sys.exit(1 if failed or not result.testsRun else 0)
