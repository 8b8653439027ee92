//! The page's parts, each named after what the user sees.

mod copy_box;
mod external_link;
mod language_menu;
mod language_offer;
mod loader_notices;
mod page_footer;
mod page_header;
mod progress_summary;
mod save_notice;
mod save_offline_link;
mod screen_pictures;
mod space_checker;
mod start_over;
mod step_card;
mod step_link;
mod storage_bar;
mod support_section;
mod symptom_question;
mod tap_path;
mod text_field;
mod upload_estimate;

pub use language_menu::LanguageMenu;
pub use language_offer::LanguageOffer;
pub use loader_notices::{CrashNotice, NoWasmNotice};
pub use page_footer::{PageFooter, PrintedAddress};
pub use page_header::PageHeader;
pub use progress_summary::ProgressSummary;
pub use save_notice::SaveNotice;
pub use save_offline_link::SaveOfflineLink;
pub use space_checker::SpaceChecker;
pub use step_card::{CardSignals, StepAnswer, StepCard, StepNumber, StepState, StepSuccess};
pub use support_section::{tried_steps, SupportSection, SupportSummary, Tried, TriedSteps};
pub use symptom_question::SymptomQuestion;
