use helper_core::guide::FieldLabel;
use helper_core::progress::MAX_INPUT_LEN;
use leptos::prelude::*;
use web_sys::HtmlInputElement;

/// One labelled input for a number the user reads off the iPhone, a size
/// or a speed, with its error or note right under it.
#[component]
pub fn TextField(
    id: &'static str,
    words: &'static FieldLabel,
    /// The ids of the hint that says where to find the number.
    hint_id: &'static str,
    value: Signal<String>,
    /// Empty rather than absent, so a message that comes or goes only sets
    /// the text of the node that is there.
    message: Signal<String>,
    has_error: Signal<bool>,
    /// Called as the text changes, and again as the field is left (change).
    on_input: impl Fn(HtmlInputElement) + 'static,
) -> impl IntoView {
    let message_id = format!("{id}-message");
    let on_input = std::rc::Rc::new(on_input);
    let on_change = on_input.clone();
    view! {
        <div class="size-field">
            <label for=id>{words.label.as_str()}</label>
            // The box, not the input, is the flex or grid item, so that the
            // browser can lay out the input alone as its text changes.
            <div class="size-input">
                <input
                    id=id
                    type="text"
                    autocomplete="off"
                    spellcheck="false"
                    autocapitalize="off"
                    maxlength=MAX_INPUT_LEN
                    placeholder=words.placeholder.as_str()
                    aria-describedby=format!("{hint_id} {message_id}")
                    aria-invalid=move || has_error.get().then_some("true")
                    prop:value=value
                    on:input=move |ev| on_input(event_target::<HtmlInputElement>(&ev))
                    on:change=move |ev| on_change(event_target::<HtmlInputElement>(&ev))
                />
            </div>
            <p id=message_id class="field-message" class:is-error=has_error>
                {message}
            </p>
        </div>
    }
}
