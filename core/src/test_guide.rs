//! The English guide, read once, for the core's own tests.

use std::sync::OnceLock;

use crate::guide::Guide;

pub const ENGLISH: &str = include_str!("../../content/en.toml");

pub fn english() -> &'static Guide {
    static GUIDE: OnceLock<Guide> = OnceLock::new();
    GUIDE.get_or_init(|| match Guide::from_toml(ENGLISH) {
        Ok(guide) => guide,
        Err(error) => panic!("content/en.toml:\n{error}"),
    })
}
