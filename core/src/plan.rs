//! The order the steps are shown in: for what the user sees, the steps its
//! plan names come first, then every other step in the guide's own order.
//! Step numbers, "where you are" and the support summary all follow it.

use crate::guide::{Guide, PlannedStep, StepKey, SymptomKey};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order<'g> {
    keys: Vec<&'g StepKey>,
}

impl<'g> Order<'g> {
    /// The order for `symptom`, or the guide's own order for none, or for
    /// one the guide does not have.
    pub fn for_symptom(guide: &'g Guide, symptom: Option<&SymptomKey>) -> Order<'g> {
        let plan: &[PlannedStep] = symptom
            .and_then(|key| guide.symptom(key.as_str()))
            .map(|symptom| &*symptom.plan)
            .unwrap_or_default();
        let planned: Vec<&StepKey> =
            plan.iter().filter_map(|planned| Some(&guide.step(&planned.step)?.key)).collect();
        let others = guide.keys().filter(|key| !planned.contains(key));
        Order { keys: planned.iter().copied().chain(others).collect() }
    }

    pub fn keys(&self) -> &[&'g StepKey] {
        &self.keys
    }

    /// The step's number as the page shows it: its place in this order, from 1.
    pub fn number(&self, key: &StepKey) -> Option<usize> {
        self.keys.iter().position(|shown| *shown == key).map(|index| index + 1)
    }
}

/// The query parameter naming the symptom chosen: `?symptom=slow`.
pub const SYMPTOM_PARAMETER: &str = "symptom";

/// `query` (a page address's `?…`, or empty) naming `symptom`, or none,
/// with every other part left as it was written (`?embed` stays `?embed`).
pub fn query_with_symptom(query: &str, symptom: Option<&SymptomKey>) -> String {
    let named = |part: &&str| part.split('=').next() == Some(SYMPTOM_PARAMETER);
    let mut parts: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty() && !named(part))
        .map(str::to_owned)
        .collect();
    // Symptom keys are letters, digits and hyphens: nothing to escape.
    parts.extend(symptom.map(|key| format!("{SYMPTOM_PARAMETER}={}", key.as_str())));
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content_check::english;

    fn shown(symptom: Option<&str>) -> Vec<&'static str> {
        let symptom = symptom.map(SymptomKey::new);
        Order::for_symptom(english(), symptom.as_ref()).keys().iter().map(|key| key.as_str()).collect()
    }

    #[test]
    fn without_a_symptom_the_steps_keep_the_guides_order() {
        let guide: Vec<&str> = english().keys().map(StepKey::as_str).collect();
        assert_eq!(shown(None), guide);
        assert_eq!(shown(Some("not-sure")), guide);
        assert_eq!(shown(Some("no-such-symptom")), guide);
        let order = Order::for_symptom(english(), None);
        assert_eq!(order.number(&StepKey::new("icloud-access")), Some(1));
        assert_eq!(order.number(&StepKey::new("nope")), None);
    }

    #[test]
    fn a_symptom_puts_its_plan_first_and_keeps_every_other_step_after_it() {
        for symptom in &english().symptoms {
            let order = Order::for_symptom(english(), Some(&symptom.key));
            let plan: Vec<&StepKey> = symptom.plan.iter().map(|planned| &planned.step).collect();
            assert_eq!(&order.keys()[..plan.len()], plan.as_slice(), "{}", symptom.key.as_str());
            let mut all: Vec<&str> = order.keys().iter().map(|key| key.as_str()).collect();
            let rest: Vec<&str> = all[plan.len()..].to_vec();
            let guide_rest: Vec<&str> =
                english().keys().filter(|key| !plan.contains(key)).map(StepKey::as_str).collect();
            assert_eq!(rest, guide_rest, "the other steps keep the guide's order");
            all.sort_unstable();
            let mut guide: Vec<&str> = english().keys().map(StepKey::as_str).collect();
            guide.sort_unstable();
            assert_eq!(all, guide, "every step is shown exactly once");
        }
    }

    #[test]
    fn the_address_names_the_symptom_and_keeps_the_rest_as_written() {
        let slow = SymptomKey::new("slow");
        assert_eq!(query_with_symptom("", Some(&slow)), "?symptom=slow");
        assert_eq!(query_with_symptom("?embed&theme=dark", Some(&slow)), "?embed&theme=dark&symptom=slow");
        assert_eq!(query_with_symptom("?symptom=no-space&embed", Some(&slow)), "?embed&symptom=slow");
        assert_eq!(query_with_symptom("?symptom=slow", None), "");
        assert_eq!(query_with_symptom("?a=%20b&symptom&symptom=x", None), "?a=%20b");
        assert_eq!(query_with_symptom("?", None), "");
        assert_eq!(query_with_symptom("?symptoms=2", None), "?symptoms=2", "another parameter entirely");
    }

    #[test]
    fn numbers_follow_the_order_shown() {
        let order = Order::for_symptom(english(), Some(&SymptomKey::new("no-space")));
        assert_eq!(order.number(&StepKey::new("free-space")), Some(1));
        assert_eq!(order.number(&StepKey::new("no-videos")), Some(2));
        assert_eq!(order.number(&StepKey::new("icloud-access")), Some(4));
    }
}
