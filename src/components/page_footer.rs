use leptos::prelude::*;

use crate::guide_static::guide;

#[component]
pub fn PageFooter() -> impl IntoView {
    view! {
        <footer class="page-footer">
            <p>{guide().page.footer.as_str()}</p>
        </footer>
    }
}
