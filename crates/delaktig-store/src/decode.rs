//! Fast decoding of stored history events.
//!
//! Events are stored as the JSON of `Event`, whose `change` is an internally tagged enum;
//! serde must buffer such a value before it knows the variant. The `kind` column already
//! names the variant, so the body is decoded straight into that variant's shape.

use chrono::NaiveDate;
use delaktig_core::{
    Actor, Event, EventKind, MeetingId, NewProposal, Progress, Transition, Visibility,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;

#[derive(Deserialize)]
struct Shell<T> {
    at: NaiveDate,
    by: Actor,
    visibility: Visibility,
    change: T,
}

#[derive(Deserialize)]
struct Text {
    text: String,
}
#[derive(Deserialize)]
struct Discussed {
    meeting: Option<MeetingId>,
    note: Option<String>,
}
#[derive(Deserialize)]
struct MilestoneAdded {
    title: String,
    due: Option<NaiveDate>,
}
#[derive(Deserialize)]
struct MilestoneDone {
    index: usize,
}
#[derive(Deserialize)]
struct ProgressSet {
    percent: Progress,
}
#[derive(Deserialize)]
struct ResponsibleSet {
    responsible: String,
}
#[derive(Deserialize)]
struct VisibilitySet {
    visibility: Visibility,
}
#[derive(Deserialize)]
struct Followed {
    who: String,
}
#[derive(Deserialize)]
struct Tagged {
    tag: String,
}

fn with<T: DeserializeOwned>(
    body: &str,
    f: impl FnOnce(T) -> EventKind,
) -> serde_json::Result<Event> {
    let s: Shell<T> = serde_json::from_str(body)?;
    Ok(Event {
        at: s.at,
        by: s.by,
        visibility: s.visibility,
        change: f(s.change),
    })
}

/// Decodes one stored event whose `kind` column is `kind`.
pub(crate) fn event(kind: &str, body: &str) -> serde_json::Result<Event> {
    match kind {
        "raised" => with(body, |d: NewProposal| EventKind::Raised(d)),
        "moved" => with(body, |t: Transition| EventKind::Moved(t)),
        "commented" => with(body, |c: Text| EventKind::Commented { text: c.text }),
        "discussed" => with(body, |c: Discussed| EventKind::Discussed {
            meeting: c.meeting,
            note: c.note,
        }),
        "milestone_added" => with(body, |c: MilestoneAdded| EventKind::MilestoneAdded {
            title: c.title,
            due: c.due,
        }),
        "milestone_done" => with(body, |c: MilestoneDone| EventKind::MilestoneDone {
            index: c.index,
        }),
        "progress_set" => with(body, |c: ProgressSet| EventKind::ProgressSet {
            percent: c.percent,
        }),
        "responsible_set" => with(body, |c: ResponsibleSet| EventKind::ResponsibleSet {
            responsible: c.responsible,
        }),
        "visibility_set" => with(body, |c: VisibilitySet| EventKind::VisibilitySet {
            visibility: c.visibility,
        }),
        "followed" => with(body, |c: Followed| EventKind::Followed { who: c.who }),
        "tagged" => with(body, |c: Tagged| EventKind::Tagged { tag: c.tag }),
        // An unknown kind: let the full decoder say what is wrong.
        _ => serde_json::from_str(body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use delaktig_core::{Command, MoveSpec, Proposal, ProposalId, Request, Role, Settings, State};

    /// Every kind decodes to exactly what the generic decoder gives, and the kind column
    /// agrees with the body's tag.
    #[test]
    fn fast_decoding_equals_generic_decoding_for_every_kind() {
        let s = Settings::default();
        let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        let staff = Actor::staff("Stina");
        let mut p = Proposal::raise(
            ProposalId::new(1),
            NewProposal::titled("Checklista"),
            &Actor::new("Kim", Role::Member),
            d,
            &s,
        )
        .unwrap();
        let cmds = vec![
            Command::MoveTo(MoveSpec::new(State::Accepted, Some("I nämnden"))),
            Command::Comment { text: "Bra".into() },
            Command::Discuss {
                meeting: Some(MeetingId::new(2)),
                note: Some("Ja".into()),
            },
            Command::AddMilestone {
                title: "Utkast".into(),
                due: Some(d),
            },
            Command::CompleteMilestone { index: 0 },
            Command::SetProgress(Progress::try_from(40).unwrap()),
            Command::SetResponsible("Enheten".into()),
            Command::SetVisibility(Visibility::Internal),
            Command::Follow("Ola".into()),
            Command::Tag("boende".into()),
        ];
        for c in cmds {
            p.execute(Request::new(staff.clone(), d, c), &s).unwrap();
        }
        let mut kinds = std::collections::HashSet::new();
        for e in p.events() {
            let body = serde_json::to_string(e).unwrap();
            assert_eq!(&event(e.kind_code(), &body).unwrap(), e);
            assert!(body.contains(&format!("\"kind\":\"{}\"", e.kind_code())));
            kinds.insert(e.kind_code());
        }
        assert_eq!(kinds.len(), 11, "every event kind is covered");
        // Validation still applies on the fast path.
        let bad = r#"{"at":"2025-01-01","by":{"name":"S","role":"staff"},"visibility":"public",
            "change":{"kind":"moved","from":"received","to":"rejected","justification":"n/a"}}"#;
        assert!(event("moved", bad).is_err());
    }
}
