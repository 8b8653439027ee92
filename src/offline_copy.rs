//! "Save for offline use": the page writes itself out as one HTML file that
//! works from disk. The file is the page as it arrived, not as it is now, so
//! it carries none of the user's progress or typed sizes.

use gloo_timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, Document, HtmlAnchorElement, Url};

use crate::element_id;
use crate::page_file::page_file;
use crate::page_guide::{guide, is_first_language};

/// The file's name: the first language's is the plain one, each other
/// language's names it, so copies in two languages can sit side by side.
pub fn file_name() -> String {
    match is_first_language() {
        true => "whatsapp-backup-helper.html".to_owned(),
        false => format!("whatsapp-backup-helper-{}.html", guide().meta.lang),
    }
}

/// The guide as the build pre-rendered it, kept untouched in the page.
pub fn clean_markup(document: &Document) -> Option<String> {
    document.get_element_by_id(element_id::CLEAN_MARKUP)?.text_content()
}

/// Downloads the page as one file. False if it could not, so the caller can
/// let the browser's own download of the page happen instead.
pub fn download() -> bool {
    build_file().and_then(|file| trigger_download(&file)).is_some()
}

fn build_file() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let html = document.document_element()?;
    let head = document.head()?.outer_html();
    let clean = clean_markup(&document)?;
    let outer = |id: &str| document.get_element_by_id(id).map(|element| element.outer_html());
    let data_blocks = outer(element_id::CLEAN_MARKUP)? + &outer(element_id::WASM_BLOCK)?;
    let loader = outer(element_id::CRASH_NOTICE_TEMPLATE)?
        + &outer(element_id::NO_WASM_NOTICE_TEMPLATE)?
        + &outer(element_id::LOADER)?;
    let (lang, dir) = (html.get_attribute("lang")?, html.get_attribute("dir")?);
    page_file(&lang, &dir, &head, &clean, &data_blocks, &loader)
}

fn trigger_download(file: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let options = BlobPropertyBag::new();
    options.set_type("text/html");
    let parts = js_sys::Array::of1(&JsValue::from_str(file));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let link: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(&file_name());
    link.click();
    // Some browsers read the blob after click() returns: free it later.
    Timeout::new(30_000, move || drop(Url::revoke_object_url(&url))).forget();
    Some(())
}
