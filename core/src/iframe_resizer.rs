//! The child's side of the iframe-resizer (v4) protocol, as far as this page
//! speaks it: answering the parent's init, and its requests for the size,
//! with the size. Messages are plain strings starting `[iFrameSizer]`.

const PREFIX: &str = "[iFrameSizer]";

/// Sent once on start, so a parent that sent its init too early sends it again.
pub const READY: &str = "[iFrameResizerChild]Ready";

/// A request from the parent that this page answers.
#[derive(Debug, PartialEq, Eq)]
pub enum ResizerRequest {
    /// `[iFrameSizer]<id>:<margin>:<true|false>:…`: the parent introduces
    /// itself and the frame's id.
    Init { id: String },
    /// `[iFrameSizer]resize` or `[iFrameSizer]reset`: the parent asks for
    /// the size; the answer carries this event name.
    SizeCheck { event: &'static str },
}

impl ResizerRequest {
    /// Reads a message; None for anything else, which the page ignores.
    pub fn parse(text: &str) -> Option<ResizerRequest> {
        let fields: Vec<&str> = text.strip_prefix(PREFIX)?.split(':').collect();
        match fields.as_slice() {
            [id, _, "true" | "false", ..] => {
                is_frame_id(id).then(|| ResizerRequest::Init { id: (*id).to_owned() })
            }
            ["resize", ..] => Some(ResizerRequest::SizeCheck { event: "resizeParent" }),
            ["reset", ..] => Some(ResizerRequest::SizeCheck { event: "reset" }),
            _ => None,
        }
    }
}

/// An id is echoed back to the parent, so only a short, plain one is taken.
fn is_frame_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The size message: `[iFrameSizer]<id>:<height>:<width>:<event>`.
pub fn size_message(id: &str, height: u32, width: u32, event: &str) -> String {
    format!("{PREFIX}{id}:{height}:{width}:{event}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_parents_init() {
        let init =
            "[iFrameSizer]helper:8:false:false:32:true:true:null:bodyOffset:null:null:0:false:parent:scroll";
        assert_eq!(ResizerRequest::parse(init), Some(ResizerRequest::Init { id: "helper".into() }));
        assert_eq!(
            ResizerRequest::parse("[iFrameSizer]iFrameResizer0:0:true"),
            Some(ResizerRequest::Init { id: "iFrameResizer0".into() })
        );
    }

    #[test]
    fn reads_size_requests() {
        assert_eq!(
            ResizerRequest::parse("[iFrameSizer]resize"),
            Some(ResizerRequest::SizeCheck { event: "resizeParent" })
        );
        assert_eq!(
            ResizerRequest::parse("[iFrameSizer]reset"),
            Some(ResizerRequest::SizeCheck { event: "reset" })
        );
    }

    #[test]
    fn ignores_everything_else() {
        for text in [
            "",
            "hello",
            "[iFrameSizer]",
            "[iFrameSizer]message:{\"a\":1}",
            "[iFrameSizer]pageInfo:{}",
            "[iFrameSizer]moveToAnchor:step-1",
            "[iFrameSizer]bad id:8:true",
            "[iFrameSizer]<script>:8:true",
            "[iFrameSizer]:8:true",
            "[iFrameSizer]helper:8:maybe",
            "iFrameSizer]helper:8:true",
        ] {
            assert_eq!(ResizerRequest::parse(text), None, "{text:?}");
        }
        let long = format!("[iFrameSizer]{}:8:true", "a".repeat(65));
        assert_eq!(ResizerRequest::parse(&long), None);
    }

    #[test]
    fn writes_the_size_message() {
        assert_eq!(size_message("helper", 1200, 390, "init"), "[iFrameSizer]helper:1200:390:init");
    }
}
