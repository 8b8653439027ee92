use helper_core::space::Field;
use helper_core::upload;
use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::space_checker::SizeField;
use super::tap_path::InstructionText;
use super::text_field::TextField;
use crate::page_guide::guide;
use crate::progress_signals::ProgressSignals;

/// "Is it stuck, or just slow?": from the backup size (the checker's, shared
/// with it) and the upload speed, how long the upload should take, and
/// whether to keep waiting or move on.
#[component]
pub fn UploadEstimate(progress: ProgressSignals) -> impl IntoView {
    let guide = guide();
    let words = &guide.estimate;
    let (inputs, speed) = (progress.checker, progress.upload_speed);
    let assessment = progress.assessment;
    let answer = Memo::new(move |_| {
        inputs.with(|i| {
            speed.with(|s| {
                upload::answer(&guide.numbers.normalized(i.get(Field::Backup)), &guide.numbers.normalized(s))
            })
        })
    });
    let sentences = Memo::new(move |_| answer.with(|a| words.answer(&guide.numbers, a)));
    let sentence = move |index: usize| move || sentences.with(|s| s[index].clone());
    let speed_message = Memo::new(move |_| speed.with(|s| words.speed_message(&guide.numbers, s)));
    view! {
        <div class="estimate" role="group" aria-labelledby="estimate-title">
            <h3 id="estimate-title">{words.heading.as_str()}</h3>
            <p>{words.intro.as_str()}</p>
            <p class="hint" id="estimate-backup-hint"><InstructionText line=&guide.checker.backup_hint/></p>
            <p class="hint" id="upload-speed-hint">{words.speed_hint.as_str()}</p>
            <div class="field-pair">
                <SizeField
                    field=Field::Backup
                    id="estimate-backup"
                    hint_id="estimate-backup-hint"
                    inputs=inputs
                    assessment=assessment
                />
                <TextField
                    id="upload-speed"
                    words=&words.speed
                    hint_id="upload-speed-hint"
                    value=speed.into()
                    message=speed_message.into()
                    has_error=Signal::derive(move || speed_message.with(|m| !m.is_empty()))
                    on_input=move |input: HtmlInputElement| {
                        let typed = input.value();
                        // Leaving the field gives its text again: no change then.
                        speed.maybe_update(|speed| {
                            let changed = *speed != typed;
                            if changed {
                                *speed = typed;
                            }
                            changed
                        });
                    }
                />
            </div>
            <div class="estimate-answer" aria-live="polite">
                <p>
                    <strong>{sentence(0)}</strong>
                    " "
                    {sentence(1)}
                </p>
                <p class="hint">{sentence(2)}</p>
            </div>
        </div>
    }
}
