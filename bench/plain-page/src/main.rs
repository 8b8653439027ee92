//! Prints the guide as the plainest page that could carry it: static HTML,
//! no style, no script, the space checker's fields bare. The benchmark
//! loads it beside the real page, as the limit the real page is measured
//! against. It reads the same content data as the page, so the two always
//! say the same things.

use std::fmt::Write;
use std::path::Path;
use std::process::ExitCode;

use helper_core::guide::{Guide, Instruction, Link, Tool};
use helper_core::space::Field;
use helper_core::template::{slots, NoSlots, TemplateText};

/// Usage: plain-page [TAG], the language's content file, English by default.
fn main() -> ExitCode {
    let tag = std::env::args().nth(1).unwrap_or_else(|| "en".to_owned());
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../content/{tag}.toml"));
    let guide = std::fs::read_to_string(&path)
        .map_err(|error| error.to_string())
        .and_then(|text| Guide::from_toml(&text).map_err(|error| error.to_string()));
    match guide {
        Ok(guide) => {
            print!("{}", plain_page(&guide));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("plain-page: {}: {error}", path.display());
            ExitCode::FAILURE
        }
    }
}

fn plain_page(guide: &Guide) -> String {
    let count = guide.steps.len().to_string();
    let mut html = format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<link rel=\"icon\" href=\"data:,\">\n</head>\n<body>\n<h1>{title}</h1>\n",
        lang = guide.meta.lang,
        dir = guide.meta.dir.as_str(),
        title = escape(&guide.page.heading)
    );
    for (number, step) in (1..).zip(&guide.steps) {
        let _ = write!(
            html,
            "<h2 id=\"step-{number}\">{number}. {}</h2>\n<p>{}</p>\n<ol>\n",
            escape(&step.title),
            escape(&step.why)
        );
        for line in &step.instructions {
            let _ = writeln!(html, "<li>{}</li>", instruction(guide, line));
        }
        html.push_str("</ol>\n");
        if let Some(Tool::SpaceChecker) = step.tool {
            html.push_str(&checker_fields(guide));
        }
        for extra in [&step.tip, &step.warning].into_iter().flatten() {
            let _ = writeln!(html, "<p>{}</p>", escape(extra));
        }
        if let Some(link) = &step.link {
            let _ = writeln!(html, "<p>{}</p>", anchor(link));
        }
    }
    let support = &guide.support;
    let _ = writeln!(
        html,
        "<h2>{}</h2>\n<p>{}</p>",
        escape(&support.heading),
        escape(&support.intro.fill(slots::Count { count: &count }))
    );
    for contact in &support.contacts {
        let _ = writeln!(
            html,
            "<h3>{}</h3>\n<p>{}{}</p>\n<p>{}</p>",
            escape(&contact.name),
            escape(&support.contact_them),
            escape(&contact.for_what),
            anchor(&contact.link)
        );
        if let Some(line) = &contact.in_app {
            let _ = writeln!(html, "<p>{}</p>", instruction(guide, line));
        }
    }
    html.push_str("<ul>\n");
    for line in &support.tell {
        let _ = writeln!(html, "<li>{}</li>", escape(line));
    }
    html.push_str("</ul>\n</body>\n</html>\n");
    html
}

/// The space checker's fields, with no script to answer them: typing in
/// them shows what a keystroke costs the browser alone.
fn checker_fields(guide: &Guide) -> String {
    Field::ALL
        .iter()
        .map(|&field| {
            format!(
                "<p><label for=\"{id}\">{}</label> <input id=\"{id}\" type=\"text\"></p>\n",
                escape(&guide.checker.field(field).label),
                id = field.input_id()
            )
        })
        .collect()
}

fn instruction(guide: &Guide, line: &Instruction) -> String {
    let path = |keys: &[helper_core::text::Text]| -> String {
        let labels = keys
            .iter()
            .filter_map(|key| guide.label(key))
            .map(|label| format!("<b>{}</b>{}", escape(&label.text), escape(&label.aside)));
        labels.collect::<Vec<_>>().join(" › ")
    };
    // The same words as the page: the path, then its older labels.
    let older = match guide.step.older_path.around_one() {
        Some((before, _, after)) if !line.older_path.is_empty() => {
            format!("{}{}{}", escape(before), path(&line.older_path), escape(after))
        }
        _ => String::new(),
    };
    format!("{} {}{older}{}", escape(&line.text.fill(NoSlots)), path(&line.path), escape(&line.after))
        .trim_end()
        .to_owned()
}

fn anchor(link: &Link) -> String {
    format!("<a href=\"{}\">{}</a>", escape(&link.href), escape(&link.text))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use helper_core::content_check::english;

    use super::*;

    #[test]
    fn carries_every_step_and_the_support_section() {
        let guide = english();
        let page = plain_page(guide);
        for (number, step) in (1..).zip(&guide.steps) {
            assert!(
                page.contains(&format!("<h2 id=\"step-{number}\">{number}. {}</h2>", escape(&step.title)))
            );
        }
        assert!(page.contains(guide.support.heading.as_str()));
        for field in Field::ALL {
            assert!(page.contains(&format!("<input id=\"{}\" type=\"text\">", field.input_id())));
        }
        assert!(page.contains("faq.whatsapp.com"));
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }
}
