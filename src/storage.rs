//! localStorage, which may be missing or may throw: private modes, sandboxed
//! iframes (`SecurityError` on first touch), `file://` pages in some
//! browsers, and a full quota. Every call here fails softly so that the page
//! carries on with progress in memory.

use web_sys::Storage;

/// Where progress is kept between visits, if the browser lets us keep it.
pub struct ProgressStorage {
    storage: Option<Storage>,
}

impl ProgressStorage {
    /// Opens localStorage and proves it can be written: some browsers hand
    /// out a storage object whose every write throws.
    pub fn open() -> ProgressStorage {
        const PROBE_KEY: &str = "whatsapp-backup-helper.probe";
        let storage =
            web_sys::window().and_then(|window| window.local_storage().ok().flatten()).filter(|storage| {
                storage.set_item(PROBE_KEY, "1").is_ok() && storage.remove_item(PROBE_KEY).is_ok()
            });
        ProgressStorage { storage }
    }

    pub fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    pub fn load(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok().flatten()
    }

    /// Writes `value`; false if the browser refused (full, or blocked since).
    pub fn save(&self, key: &str, value: &str) -> bool {
        self.storage.as_ref().is_some_and(|storage| storage.set_item(key, value).is_ok())
    }
}
