//! Accuracy on the OCR corpora with the embedded lexicon: the tuning set's word error rate
//! must not regress, the held-out set is checked against the targets, and normalising clean
//! text must change almost nothing.

use std::path::{Path, PathBuf};

use delaktig_normalize::Normalizer;
use delaktig_normalize::eval::{align, words};

fn tuning_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/corpus")
}

fn tuning2_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning2")
}

fn tuning3_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning3")
}

fn tuning4_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning4")
}

fn tuning5_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning5")
}

fn tuning6_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning6")
}

fn tuning7_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning7")
}

fn tuning8_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning8")
}

fn tuning9_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning9")
}

fn tuning10_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning10")
}

fn tuning11_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning11")
}

fn tuning12_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning12")
}

fn tuning13_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning13")
}

fn tuning14_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning14")
}

fn tuning15_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning15")
}

fn tuning16_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning16")
}

fn tuning17_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning17")
}

fn tuning18_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning18")
}

fn tuning19_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning19")
}

fn heldout_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout")
}

fn heldout2_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout2")
}

fn heldout3_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout3")
}

/// (reference words, errors before, errors after) over every OCR file of `dir`.
fn wer(dir: &Path, n: &Normalizer) -> (usize, usize, usize, usize) {
    let mut totals = (0, 0, 0, 0);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("ocr"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for ocr_path in files {
        let name = ocr_path.file_name().unwrap().to_str().unwrap().to_string();
        let stem = name.split('.').next().unwrap();
        let clean = std::fs::read_to_string(dir.join("clean").join(format!("{stem}.txt"))).unwrap();
        let ocr = std::fs::read_to_string(&ocr_path).unwrap();
        let reference = words(&clean);
        let before = align(&reference, &words(&ocr));
        let after = align(&reference, &words(&n.normalize(&ocr).text));
        totals.0 += reference.len();
        totals.1 += before.errors;
        totals.2 += after.errors;
        totals.3 += 1;
    }
    totals
}

fn clean_changed(dir: &Path, n: &Normalizer) -> (usize, usize) {
    let mut totals = (0, 0);
    for e in std::fs::read_dir(dir.join("clean")).unwrap() {
        let clean = std::fs::read_to_string(e.unwrap().path()).unwrap();
        let reference = words(&clean);
        let again = n.normalize(&clean).text;
        totals.0 += reference.len();
        totals.1 += align(&reference, &words(&again)).errors;
    }
    totals
}

#[test]
fn tuning_set_word_error_rate_stays_low() {
    let (words, before, after, files) = wer(&tuning_dir(), &Normalizer::new());
    assert_eq!(files, 6);
    let (before, after) = (before as f64 / words as f64, after as f64 / words as f64);
    assert!(before > 0.2, "the OCR should be damaged: {before}");
    assert!(
        after < 0.004,
        "tuning WER after normalisation {:.2}% (before {:.2}%)",
        after * 100.0,
        before * 100.0
    );
}

/// Normalises the renderings of `dir` (there must be `files` of them) and checks the word
/// error rate: above `before` as the OCR left it, below `after` once restored.
fn assert_wer(dir: &Path, label: &str, files: usize, before: f64, after: f64) {
    let (words, wrong_before, wrong_after, found) = wer(dir, &Normalizer::new());
    assert_eq!(found, files, "{label}");
    let share = |n: usize| n as f64 / words as f64;
    assert!(
        share(wrong_before) > before,
        "{label} OCR before: {}",
        share(wrong_before)
    );
    assert!(
        share(wrong_after) < after,
        "{label} WER after normalisation {:.2}%",
        share(wrong_after) * 100.0
    );
}

#[test]
fn second_tuning_set_word_error_rate_stays_low() {
    // Eight texts in 28 renderings, a quarter of them rough scans (1.19 % after, from 31.5 %).
    assert_wer(&tuning2_dir(), "tuning-2", 28, 0.25, 0.013);
}

#[test]
fn third_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 28 renderings (1.29 % after, from 32.4 %).
    assert_wer(&tuning3_dir(), "tuning-3", 28, 0.25, 0.0145);
}

#[test]
fn fourth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 28 renderings (3.04 % after on its first run, 1.45 % now, from
    // 31.3 %).
    assert_wer(&tuning4_dir(), "tuning-4", 28, 0.25, 0.016);
}

#[test]
fn fifth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 28 renderings, with many Finnish and rare Swedish names (3.45 %
    // after on its first run, 2.68 % now, from 31.7 %).
    assert_wer(&tuning5_dir(), "tuning-5", 28, 0.25, 0.028);
}

#[test]
fn sixth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 28 renderings, in forms and on topics the others lack (3.67 %
    // after on its first run, untouched, 3.03 % now, from 28.4 %).
    assert_wer(&tuning6_dir(), "tuning-6", 28, 0.25, 0.032);
}

#[test]
fn seventh_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 28 renderings, in yet other forms (2.79 % after on its first run,
    // untouched, 2.26 % now, from 29.4 %).
    assert_wer(&tuning7_dir(), "tuning-7", 28, 0.25, 0.024);
}

#[test]
fn eighth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 28 renderings (a user audit, a citizen's proposal and its answer,
    // an easy-to-read sheet, a survey, a work plan, a press release …): 2.07 % after on its
    // first run, untouched, 1.79 % now, from 28.7 %.
    assert_wer(&tuning8_dir(), "tuning-8", 28, 0.25, 0.0185);
}

#[test]
fn ninth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 28 renderings (a course plan, a job advertisement, an opinion
    // piece, rules of procedure, a personal story, a budget application, a checklist, an
    // annual meeting's minutes): 2.38 % after on its first run, untouched, from 29.5 %.
    assert_wer(&tuning9_dir(), "tuning-9", 28, 0.25, 0.0235);
}

#[test]
fn tenth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 28 renderings (a decision memo, a week's timetable, a crisis plan,
    // a complaints letter with answers, a regional network's online meeting, a guide to
    // proposals, a conference report, a consultation response): 2.43 % after on its first
    // run, untouched, from 30.2 % (1.40 % on ordinary renderings, 5.49 % on rough scans).
    assert_wer(&tuning10_dir(), "tuning-10", 28, 0.25, 0.0245);
}

#[test]
fn eleventh_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 28 renderings (a board meeting with motions, a volunteer's diary, a
    // letter to politicians, a focus group's chat log, a citizen dialogue's notes, a shift
    // handover, a training day's programme, a peer-support evaluation): 2.63 % after on the
    // first run of the six texts not looked at before (1.57 % ordinary, 5.18 % rough), from
    // 27.1 %.
    assert_wer(&tuning11_dir(), "tuning-11", 28, 0.25, 0.027);
}

#[test]
fn twelfth_tuning_set_word_error_rate_stays_low() {
    // Ten more texts in 33 renderings (committee decisions with justifications, a proposal register's status list, a psychiatry user council, a podcast interview, two guides for user representatives, two PDSA reports, a cooperation meeting on a drug scene, a relatives' association's questions and answers): 2.35 % after on its first run, untouched, from 27.6 % (1.25 % on ordinary renderings, 5.79 % on rough scans).
    assert_wer(&tuning12_dir(), "tuning-12", 33, 0.25, 0.025);
}

#[test]
fn thirteenth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 25 renderings (an LSS user council, a director's reply on waiting
    // times, a gambling peer-support newsletter, a SIP workshop, a yearly deviation summary
    // with a table, a Housing First conference programme, a recovery college's project plan,
    // an outreach worker's podcast interview): 2.07 % after on its first run, untouched, from
    // 27.0 % (1.20 % on ordinary renderings, 4.80 % on rough scans; hunspell 20.6 %).
    assert_wer(&tuning13_dir(), "tuning-13", 25, 0.25, 0.0180);
}

#[test]
fn fourteenth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 25 renderings (an addiction-care user council's minutes, an e-mail
    // thread on a cancelled activity, a youth clinic's leaflet, a focus group on digital
    // meetings and e-services, a peer-support association's annual report, a relatives' day
    // programme, a disability rights council's letter with proposals, a user involvement
    // coordinator's interview): 2.49 % after on its first run, untouched, from 28.8 % (1.60 %
    // on ordinary renderings, 5.34 % on rough scans; hunspell 23.0 %); 2.10 % once tuned on.
    assert_wer(&tuning14_dir(), "tuning-14", 25, 0.25, 0.0215);
}

#[test]
fn fifteenth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 25 renderings (a cooperation meeting with the police on young people
    // with substance use, a working committee's decision on a user proposal, a user
    // association's newsletter with a calendar, an evaluation of peer support at a night
    // shelter, an easy-to-read sheet on user audits, a relatives' association's annual
    // meeting, a consultation response on a housing-support guideline, a podcast interview):
    // 1.87 % after on its first run, untouched, from 29.8 % (0.73 % on ordinary renderings,
    // 5.36 % on rough scans; hunspell 23.2 %); 1.65 % once tuned on.
    assert_wer(&tuning15_dir(), "tuning-15", 25, 0.25, 0.0180);
}

#[test]
fn sixteenth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 25 renderings (a housing-support unit's user council, a recovery
    // college's invitation to a term, a relative's complaint and the unit's reply, a quarterly
    // status report on improvement proposals, an interview with a harm-reduction worker, a
    // workshop's post-its on loneliness among older people with addiction, a manager's memo on
    // feedback to user organisations, a newspaper article on a user-run café): 1.84 % after on
    // its first run, untouched, from 28.7 % (0.94 % on ordinary renderings, 4.70 % on rough
    // scans; hunspell 21.8 %); 1.58 % once tuned on, 1.47 % a round later.
    assert_wer(&tuning16_dir(), "tuning-16", 25, 0.25, 0.0160);
}

#[test]
fn seventeenth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 25 renderings (a joint development group's minutes, a conference
    // day's programme, a user organisation's letter of proposals to the social welfare
    // committee, the committee's decision on them, a podcast with a peer supporter, a meeting
    // place's yearly report, an easy-to-read leaflet on complaints, an e-mail and chat
    // exchange): 1.94 % after on its first run, untouched, from 29.8 % (1.09 % on ordinary
    // renderings, 4.72 % on rough scans; hunspell 22.4 %); 1.69 % once tuned on.
    assert_wer(&tuning17_dir(), "tuning-17", 25, 0.25, 0.0180);
}

#[test]
fn eighteenth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 25 renderings (a notice of an extraordinary annual meeting, a
    // letter to the editor and its reply, a phone meeting's notes, a suicide-prevention
    // action plan, a volunteers' information sheet, an inspection summary, a user council's
    // questions to local parties, a staff meeting's minutes): 2.22 % after on its first run,
    // untouched, from 27.4 % (1.27 % on ordinary renderings, 5.14 % on rough scans; hunspell
    // 21.1 %); 1.59 % once tuned on.
    assert_wer(&tuning18_dir(), "tuning-18", 25, 0.25, 0.0175);
}

#[test]
fn nineteenth_tuning_set_word_error_rate_stays_low() {
    // Eight more texts in 25 renderings (a pensioners' and disability council's minutes, a
    // study circle's invitation for relatives of people with gambling problems, a unit
    // manager's reply to a complaint, a recovery course centre's newsletter, an interview at
    // a needle exchange, a committee's decision record on three user proposals, a Housing
    // First workshop's notes, a women's shelter cooperation's yearly summary of deviations):
    // 1.92 % after on its first run, untouched, from 27.4 % (1.15 % on ordinary renderings,
    // 4.42 % on rough scans; hunspell 19.9 %); 1.50 % once tuned on.
    assert_wer(&tuning19_dir(), "tuning-19", 25, 0.25, 0.0165);
}

#[test]
fn clean_text_is_almost_unchanged() {
    let n = Normalizer::new();
    let mut total = clean_changed(&tuning_dir(), &n);
    for dir in [
        tuning2_dir(),
        tuning3_dir(),
        tuning4_dir(),
        tuning5_dir(),
        tuning6_dir(),
        tuning7_dir(),
        tuning8_dir(),
        tuning9_dir(),
        tuning10_dir(),
        tuning11_dir(),
        tuning12_dir(),
        tuning13_dir(),
        tuning14_dir(),
        tuning15_dir(),
        tuning16_dir(),
        tuning17_dir(),
        tuning18_dir(),
        tuning19_dir(),
        heldout_dir(),
        heldout2_dir(),
        heldout3_dir(),
    ] {
        let h = clean_changed(&dir, &n);
        total = (total.0 + h.0, total.1 + h.1);
    }
    let share = total.1 as f64 / total.0 as f64;
    assert!(
        share <= 0.002,
        "{:.3}% of {} clean words changed",
        share * 100.0,
        total.0
    );
}

#[test]
fn held_out_word_error_rate_is_recorded() {
    // Held-out text is never tuned on; this guards the figure reported in the README
    // (1.78 % after normalisation, from 33.2 %; the rough-scan renderings account for most of
    // it).
    assert_wer(&heldout_dir(), "held-out", 21, 0.25, 0.0195);
}

#[test]
fn second_held_out_word_error_rate_is_recorded() {
    // Eight texts added late and only measured (2.74 % after normalisation on the first run,
    // from 30.9 %; ordinary renderings 1.33 %, rough scans 7.69 %): the figure the README
    // reports for text nobody tuned on. The one output looked at since was a rendering that a
    // second normalisation changed (a street after a restored name part), fixed in general.
    assert_wer(&heldout2_dir(), "held-out-2", 23, 0.25, 0.0280);
}

#[test]
fn third_held_out_word_error_rate_is_recorded() {
    // Six texts written to the genre briefs of six tuning-12 texts and kept apart while the
    // normaliser was tuned on tuning-12, then measured once: 2.43 % after normalisation over
    // all 19 renderings (from 30.2 %), 1.31 % on the ordinary ones, 6.60 % on rough scans.
    assert_wer(&heldout3_dir(), "held-out-3", 19, 0.25, 0.0255);
}

#[test]
fn every_rendering_normalised_twice_equals_once() {
    // Real notes, not only generated text: the restored words a second normalisation sees
    // as neighbours and as evidence must lead it to the same text.
    let n = Normalizer::new();
    let tuning_scan = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tuning-scan");
    let mut checked = 0;
    let mut differing = Vec::new();
    for dir in [
        tuning_dir(),
        tuning_scan,
        tuning2_dir(),
        tuning3_dir(),
        tuning4_dir(),
        tuning5_dir(),
        tuning6_dir(),
        tuning7_dir(),
        tuning8_dir(),
        tuning9_dir(),
        tuning10_dir(),
        tuning11_dir(),
        tuning12_dir(),
        tuning13_dir(),
        tuning14_dir(),
        tuning15_dir(),
        tuning16_dir(),
        tuning17_dir(),
        tuning18_dir(),
        tuning19_dir(),
        heldout_dir(),
        heldout2_dir(),
        heldout3_dir(),
    ] {
        for e in std::fs::read_dir(dir.join("ocr")).unwrap() {
            let path = e.unwrap().path();
            let once = n.normalize(&std::fs::read_to_string(&path).unwrap()).text;
            let twice = n.normalize(&once).text;
            checked += 1;
            if twice != once {
                differing.push(path.display().to_string());
            }
        }
    }
    assert!(checked >= 563, "{checked} renderings");
    assert!(differing.is_empty(), "changed again: {differing:?}");
}
