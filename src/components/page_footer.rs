use leptos::prelude::*;

#[component]
pub fn PageFooter() -> impl IntoView {
    view! {
        <footer class="page-footer">
            <p>
                "An independent guide, not made by Apple or WhatsApp. "
                "It runs entirely in your browser: no account, no tracking, and nothing you type leaves this page."
            </p>
        </footer>
    }
}
