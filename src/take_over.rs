//! Taking over the parts of the page that change (crate::part). The build
//! pre-renders the whole guide (app.rs); in the browser, the wasm takes over
//! only the elements marked `data-part`, each on its own, so the static
//! guide around them is never walked, and the code that renders it never
//! reaches the wasm. Above the components, as it builds each; only main.rs
//! calls it.
//!
//! This is how Leptos hydrates an island (`hydrate_from_position` at the
//! island's own element, under the root that `hydrate_islands` sets up),
//! with the parts found by name rather than made `#[island]`s: an island's
//! props would bring a JSON library into the wasm, and sibling islands
//! could not share the user's progress, which every part here follows.

use helper_core::progress::Recovery;
use leptos::prelude::*;

use crate::progress_signals::ProgressSignals;

/// What the parts share: the user's progress, and whether it is saved.
#[derive(Clone, Copy)]
pub struct PageSignals {
    pub progress: ProgressSignals,
    pub can_save: RwSignal<bool>,
    pub recovery: RwSignal<Recovery>,
}

#[cfg(feature = "hydrate")]
pub use taking_over::parts;

#[cfg(feature = "hydrate")]
mod taking_over {
    use helper_core::guide::{Step, StepKey};
    use leptos::prelude::*;
    use leptos::tachys::view::{Position, RenderHtml};
    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element};

    use super::PageSignals;
    use crate::components::{
        tried_steps, CardSignals, LanguageMenu, LanguageOffer, PrintedAddress, ProgressSummary, SaveNotice,
        SaveOfflineLink, SpaceChecker, StepAnswer, StepNumber, StepState, StepSuccess, SupportSummary,
        SymptomQuestion, Tried, TriedSteps,
    };
    use crate::page_guide::guide;
    use crate::part::{Part, PART_ATTRIBUTE};
    use crate::step_order::STEP_ATTRIBUTE;

    /// What several parts follow, worked out once for all of them, as the
    /// build's render does: each card's signals, and the steps tried.
    struct Shared {
        page: PageSignals,
        cards: Vec<CardSignals>,
        tried: Option<Tried>,
    }

    impl Shared {
        fn card(&mut self, step: &'static Step) -> CardSignals {
            if let Some(card) = self.cards.iter().find(|card| card.step.key == step.key) {
                return *card;
            }
            let card = CardSignals::new(step, self.page.progress);
            self.cards.push(card);
            card
        }

        fn tried(&mut self) -> Tried {
            *self.tried.get_or_insert_with(|| tried_steps(self.page.progress))
        }
    }

    /// Takes over every part of the page, in the order they stand. Call it
    /// once, under the root `leptos::mount::hydrate_islands` sets up.
    pub fn parts(document: &Document, page: PageSignals) {
        let Ok(roots) = document.query_selector_all(&format!("[{PART_ATTRIBUTE}]")) else { return };
        let mut shared = Shared { page, cards: Vec::new(), tried: None };
        for root in (0..roots.length()).filter_map(|index| roots.item(index)?.dyn_into::<Element>().ok()) {
            if let Some(part) = root.get_attribute(PART_ATTRIBUTE).as_deref().and_then(Part::named) {
                take_over_part(part, &root, &mut shared);
            }
        }
    }

    fn take_over_part(part: Part, root: &Element, shared: &mut Shared) {
        let PageSignals { progress, can_save, recovery } = shared.page;
        match part {
            Part::LanguageOffer => at(root, LanguageOffer),
            Part::LanguageMenu => at(root, LanguageMenu),
            Part::SaveOfflineLink => at(root, SaveOfflineLink),
            Part::SaveNotice => at(root, move || view! { <SaveNotice can_save=can_save recovery=recovery/> }),
            Part::SymptomQuestion => at(root, move || view! { <SymptomQuestion progress=progress/> }),
            Part::ProgressSummary => at(root, move || view! { <ProgressSummary progress=progress/> }),
            Part::SpaceChecker => at(root, move || {
                view! { <SpaceChecker inputs=progress.checker assessment=progress.assessment order=progress.order/> }
            }),
            Part::TriedSteps => {
                let tried = shared.tried();
                at(root, move || view! { <TriedSteps tried=tried/> })
            }
            Part::SupportSummary => {
                let tried = shared.tried();
                at(root, move || view! { <SupportSummary progress=progress tried=tried/> })
            }
            Part::PrintedAddress => at(root, PrintedAddress),
            Part::StepState => {
                in_card(root, shared, |card| view! { <StepState card=card progress=progress/> })
            }
            Part::StepNumber => in_card(root, shared, |card| view! { <StepNumber card=card/> }),
            Part::StepAnswer => in_card(root, shared, |card| view! { <StepAnswer card=card/> }),
            Part::StepSuccess => in_card(root, shared, |card| view! { <StepSuccess card=card/> }),
        }
    }

    /// Takes over `root` with a view of the card it is in. A part in a card
    /// that names no step of this guide stays as it is.
    fn in_card<V: IntoView>(root: &Element, shared: &mut Shared, view: impl FnOnce(CardSignals) -> V) {
        let step = root
            .closest(&format!("[{STEP_ATTRIBUTE}]"))
            .ok()
            .flatten()
            .and_then(|card| card.get_attribute(STEP_ATTRIBUTE))
            .and_then(|key| guide().step(&StepKey::new(&key)));
        if let Some(step) = step {
            let card = shared.card(step);
            at(root, move || view(card));
        }
    }

    /// Takes over `root` with `view`, which renders it and what it holds.
    fn at<V: IntoView>(root: &Element, view: impl FnOnce() -> V) {
        let state = view().into_view().hydrate_from_position::<true>(root, Position::Current);
        // The page lives as long as the tab, and each part with it.
        std::mem::forget(state);
    }
}
