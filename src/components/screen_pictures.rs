use helper_core::guide::Instruction;
use helper_core::screens::{Item, Shot, Walk};
use helper_core::text::Text;
use leptos::prelude::*;

use crate::page_guide::{guide, screens};

/// The screens on the way of one line's tap path, drawn as the iPhone
/// shows them (content/screens.toml, in the page's words): each screen's
/// title, its back button, the row to tap marked, and what stands around
/// it, where a source says so. Where iOS 17 and earlier differ, their
/// screens follow, from where they start to differ. Hidden from screen
/// readers, which hear the same way in the path's words beside it. Only
/// the build draws it: it is static.
#[component]
pub fn ScreenPictures(walk: Walk<'static>) -> impl IntoView {
    let words = &guide().step;
    let (shots, older) = (walk.shots, walk.older);
    (!shots.is_empty()).then(|| {
        let captioned = !older.is_empty();
        view! {
            <figure class="screens" aria-hidden="true">
                {captioned.then(|| view! { <p class="screens-ios">{words.newer_screens.as_str()}</p> })}
                <ScreenRow shots=shots/>
                {captioned.then(|| view! {
                    <p class="screens-ios">{words.older_screens.as_str()}</p>
                    <ScreenRow shots=older/>
                })}
            </figure>
        }
    })
}

/// The pictures of a line on its own, such as the success note's.
#[component]
pub fn LinePictures(line: &'static Instruction) -> impl IntoView {
    screens().walk(&line.path, &line.older_path, &[]).ok().map(|walk| view! { <ScreenPictures walk=walk/> })
}

/// Screens one after the other, as the path goes; the stylesheet draws
/// the arrows between them.
#[component]
fn ScreenRow(shots: Vec<Shot<'static>>) -> impl IntoView {
    let screens = shots.into_iter().map(|shot| view! { <DrawnScreen shot=shot/> });
    view! { <div class="screen-row">{screens.collect_view()}</div> }
}

#[component]
fn DrawnScreen(shot: Shot<'static>) -> impl IntoView {
    let Shot { screen, back, tapped } = shot;
    let tapped = tapped.map(|key| key.as_str());
    let title = screen.title().map(|key| words(key));
    let top = (back.is_some() || title.is_some()).then(|| {
        view! {
            <p class="screen-top">
                {back.map(|key| view! { <span class="screen-back">{words(key)}</span> })}
                {title.map(|title| view! { <b>{title}</b> })}
            </p>
        }
    });
    let items = screen.items.iter().map(|item| view! { <ScreenItem item=item tapped=tapped/> });
    view! {
        <div class="screen">
            {top}
            <ul>{items.collect_view()}</ul>
        </div>
    }
}

/// One thing on a screen; `tapped` is marked where it stands.
#[component]
fn ScreenItem(item: &'static Item, tapped: Option<&'static str>) -> impl IntoView {
    let is_tapped = move |key: &str| tapped == Some(key);
    let mark = move |key: &str| is_tapped(key).then(|| view! { <i class="tap-mark"></i> });
    let class =
        move |look: &str, key: &str| if is_tapped(key) { format!("{look} tap") } else { look.to_owned() };
    let row = |look: &str, key: &'static Text| {
        view! { <li class=class(look, key)>{words(key)}{mark(key)}</li> }.into_any()
    };
    match item {
        Item::Row(key) => row("row", key),
        Item::Account(key) => row("account", key),
        Item::Storage(key) => row("storage", key),
        Item::SwitchOn(key) => row("switch on", key),
        Item::SwitchOff(key) => row("switch", key),
        Item::Button(key) => row("button", key),
        Item::Destructive(key) => row("destructive", key),
        Item::Tab(key) => row("tabs", key),
        Item::Heading(heading) => {
            let beside = heading.beside.as_deref().map(|key| {
                view! { <span class=class("beside", key)>{words(key)}{mark(key)}</span> }
            });
            view! { <li class="heading">{words(&heading.label)}{beside}</li> }.into_any()
        }
        Item::Others(items) => {
            let one_tapped = items.iter().find(|item| item.label().is_some_and(|key| Some(&**key) == tapped));
            view! {
                <li class="neutral"></li>
                {one_tapped.map(|item| view! { <ScreenItem item=item tapped=tapped/> })}
                <li class="neutral"></li>
            }
            .into_any()
        }
        Item::Neutral => view! { <li class="neutral"></li> }.into_any(),
        Item::StorageBar => view! { <li class="usage"></li> }.into_any(),
    }
}

/// A label in the page's words; the build checked that each is defined.
fn words(key: &str) -> &'static str {
    guide().label(key).map_or("", |label| &label.text)
}
