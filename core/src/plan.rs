//! The order the steps are shown in: for what the user sees, the steps its
//! plan names come first, then every other step in the guide's own order.
//! Step numbers, "where you are" and the support summary all follow it.

use crate::guide::{Guide, PlannedStep, StepKey, SymptomKey};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order<'g> {
    keys: Vec<&'g StepKey>,
    /// How many of `keys`, from the start, are the symptom's plan.
    planned: usize,
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
        let keys: Vec<&StepKey> = planned.iter().copied().chain(others).collect();
        Order { planned: planned.len(), keys }
    }

    pub fn keys(&self) -> &[&'g StepKey] {
        &self.keys
    }

    /// The steps of the plan, in its order; none without a symptom.
    pub fn planned(&self) -> &[&'g StepKey] {
        &self.keys[..self.planned]
    }

    /// The step's number as the page shows it: its place in this order, from 1.
    pub fn number(&self, key: &StepKey) -> Option<usize> {
        self.keys.iter().position(|shown| *shown == key).map(|index| index + 1)
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
        assert!(order.planned().is_empty());
        assert_eq!(order.number(&StepKey::new("icloud-access")), Some(1));
        assert_eq!(order.number(&StepKey::new("nope")), None);
    }

    #[test]
    fn a_symptom_puts_its_plan_first_and_keeps_every_other_step_after_it() {
        for symptom in &english().symptoms {
            let order = Order::for_symptom(english(), Some(&symptom.key));
            let plan: Vec<&StepKey> = symptom.plan.iter().map(|planned| &planned.step).collect();
            assert_eq!(order.planned(), plan.as_slice(), "{}", symptom.key.as_str());
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
    fn numbers_follow_the_order_shown() {
        let order = Order::for_symptom(english(), Some(&SymptomKey::new("no-space")));
        assert_eq!(order.number(&StepKey::new("free-space")), Some(1));
        assert_eq!(order.number(&StepKey::new("no-videos")), Some(2));
        assert_eq!(order.number(&StepKey::new("icloud-access")), Some(4));
    }
}
