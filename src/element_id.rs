//! The ids of the page's elements that more than one place finds, one row
//! each: the build and the components write the elements, main.rs, the
//! offline copy and the step order look them up, the page-builder gives
//! them to the loader (start.js), and the browser tests read them from
//! these rows (tests/support/element-ids.mjs).

macro_rules! element_ids {
    ($($(#[$doc:meta])* $name:ident = $id:literal,)*) => {
        $($(#[$doc])* pub const $name: &str = $id;)*

        /// Every id, by its constant's name.
        pub const ALL: &[(&str, &str)] = &[$((stringify!($name), $name)),*];
    };
}

element_ids! {
    /// The pre-rendered guide, which the wasm takes over.
    APP = "app",
    /// The guide's main content, where the loader shows its notice.
    MAIN = "main",
    /// The step cards, which the skip link leads to.
    STEPS = "steps",
    /// The summary's list of the steps, in the cards' order.
    STEP_LIST = "step-list",
    /// The data block the build keeps the clean guide in, as text.
    CLEAN_MARKUP = "app-markup",
    /// The data block that holds the wasm, one character per byte.
    WASM_BLOCK = "app-wasm",
    /// The loader's script, and the notices it shows, which end the page.
    LOADER = "app-loader",
    CRASH_NOTICE_TEMPLATE = "crash-notice-template",
    NO_WASM_NOTICE_TEMPLATE = "no-wasm-notice-template",
    /// The crash notice, once the loader shows it.
    CRASH_NOTICE = "crash-notice",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_id_is_its_own() {
        for (at, (name, id)) in ALL.iter().enumerate() {
            assert!(ALL[at + 1..].iter().all(|(_, other)| other != id), "{name} shares its id");
        }
    }
}
