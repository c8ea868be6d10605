//! Shared helpers: days, actors, drafts.

use chrono::NaiveDate;
use delaktig_ffi::{Actor, Day, MoveRequest, NewProposal, ProposalState, Role};

pub fn day(y: i32, m: u32, d: u32) -> Day {
    Day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

pub fn staff() -> Actor {
    Actor {
        name: "Socialförvaltningen".into(),
        role: Role::Staff,
    }
}

pub fn bryggan() -> Actor {
    Actor {
        name: "Bryggan".into(),
        role: Role::UserRepresentative,
    }
}

pub fn draft(title: &str) -> NewProposal {
    NewProposal {
        title: title.into(),
        description: None,
        group: Some("Bryggan".into()),
        organisation: None,
        responsible: None,
        tags: vec![],
        visibility: None,
    }
}

pub fn move_to(to: ProposalState, text: Option<&str>) -> MoveRequest {
    MoveRequest {
        to,
        text: text.map(str::to_owned),
        revisit: None,
        reason: None,
        merged_into: None,
        partly: false,
    }
}

pub const NOTE: &str = "Bryggangruppen 19 januari 2019\n\nNärvarande\n\nPer Norbeck, Bryggan\n\n\
                        Leif Redestig, socialförvaltningen\n\n1. Gemensam arbetsgrupp\n\n\
                        Förslaget är att vi bildar en gemensam arbetsgrupp. David ska skicka ut \
                        en inbjudan. Vilka har tid att sitta med?\n\n\
                        Nästa möte: 7 oktober, Tema: Boende\n";
